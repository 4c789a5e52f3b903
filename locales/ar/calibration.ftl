## «ما مدى ثقتك؟» قبل التحقق من إجابة تُحسب في النتيجة، وفي نهاية الدرس: ثقتك مقابل نتيجتك
## (الإجابات الأولى فقط).

calibration-ask = ما مدى ثقتك؟
calibration-ask-hint = اختر واحدًا، ثم تحقّق من إجابتك.
calibration-sure = أنا متأكد
calibration-think = أظن ذلك
calibration-guess = أخمّن
calibration-you-said = اخترت: { $confidence }
calibration-title = ثقتك وإجاباتك
calibration-table = إجاباتك الأولى في هذا الدرس: مدى ثقتك، وهل كانت الإجابة صحيحة
calibration-right = صحيحة
calibration-wrong = خاطئة
calibration-empty = أجب عن الأسئلة وقل ما مدى ثقتك. سترى هنا هل كان إحساسك في محله.
calibration-sure-wrong = كنت متأكدًا وأخطأت { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
} – تمامًا مثل النموذج في الدرس { $lesson }.
calibration-sure-wrong-plain = كنت متأكدًا وأخطأت { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
}. الشعور بالتأكد لا يجعل الإجابة صحيحة.
calibration-sure-wrong-here = كنت متأكدًا وأخطأت { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتين
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
} – تمامًا مثل النموذج في هذا الدرس.
calibration-guesses-right = { $count ->
    [zero] خمّنت { $count } مرة وأصبت في كل مرة
    [one] خمّنت مرة واحدة وأصبت
    [two] خمّنت مرتين وأصبت في المرتين
    [few] خمّنت { $count } مرات وأصبت في كل مرة
    [many] خمّنت { $count } مرة وأصبت في كل مرة
   *[other] خمّنت { $count } مرة وأصبت في كل مرة
} – أنت تعرف أكثر مما تظن.
calibration-sure-right = { $count ->
    [zero] عندما كنت متأكدًا، كانت إجابتك صحيحة في كل مرة ({ $count } مرة).
    [one] كنت متأكدًا مرة واحدة، وكانت إجابتك صحيحة.
    [two] كنت متأكدًا مرتين، وكانت إجابتك صحيحة في المرتين.
    [few] عندما كنت متأكدًا، كانت إجابتك صحيحة في كل مرة ({ $count } مرات).
    [many] عندما كنت متأكدًا، كانت إجابتك صحيحة في كل مرة ({ $count } مرة).
   *[other] عندما كنت متأكدًا، كانت إجابتك صحيحة في كل مرة ({ $count } مرة).
}
calibration-all-guesses = { $count ->
    [zero] خمّنت في كل إجاباتك، وعددها { $count }؛ الصحيحة منها: { $right }.
    [one] خمّنت في إجابتك الوحيدة، وكانت { $right ->
        [0] خاطئة
       *[other] صحيحة
    }.
    [two] خمّنت في الإجابتين كلتيهما؛ الصحيحة منهما: { $right }.
    [few] خمّنت في كل إجاباتك، وعددها { $count }؛ الصحيحة منها: { $right }.
    [many] خمّنت في كل إجاباتك، وعددها { $count }؛ الصحيحة منها: { $right }.
   *[other] خمّنت في كل إجاباتك، وعددها { $count }؛ الصحيحة منها: { $right }.
} قراءة الدرس مرة أخرى قد تجعلك أكثر ثقة.
calibration-think-result = { $total ->
    [zero] قلت «أظن ذلك» { $total } مرة، والصحيحة منها: { $right }.
    [one] قلت «أظن ذلك» مرة واحدة، وكانت إجابتك { $right ->
        [0] خاطئة
       *[other] صحيحة
    }.
    [two] قلت «أظن ذلك» مرتين، والصحيحة منهما: { $right }.
    [few] قلت «أظن ذلك» { $total } مرات، والصحيحة منها: { $right }.
    [many] قلت «أظن ذلك» { $total } مرة، والصحيحة منها: { $right }.
   *[other] قلت «أظن ذلك» { $total } مرة، والصحيحة منها: { $right }.
}
