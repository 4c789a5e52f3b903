## Sessions: the idle rule for classroom learners and guests

error-session-expired = انتهت هذه الجلسة بعد { $count ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
   *[other] { $count } دقيقة
} دون نشاط، حتى لا يتمكّن الشخص التالي على هذا الحاسوب من متابعتها. يُرجى تسجيل الدخول من جديد.
idle-ended-learner = سُجّل خروجك بعد { $count ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
   *[other] { $count } دقيقة
} دون نشاط. عملك محفوظ: اختر اسمك لتتابع.
idle-warning-learner = هل ما زلت هنا؟ سيُسجَّل خروجك بعد قليل (الثواني المتبقية: { $count }). عملك محفوظ.
