## Sessions: the idle rule for classroom learners and guests

error-session-expired = انتهت هذه الجلسة بعد { $count ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
} دون نشاط، حتى لا يتمكّن الشخص التالي على هذا الحاسوب من متابعتها. يُرجى تسجيل الدخول من جديد.
idle-ended-learner = سُجّل خروجك بعد { $count ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
} دون نشاط. عملك محفوظ: اختر اسمك لتتابع.
idle-warning-learner = سيُسجَّل خروجك بعد { $count ->
    [zero] لحظات
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}. عملك محفوظ.
