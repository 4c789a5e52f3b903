## تجربة داخل الدرس: توقّع أولًا، ثم جرّب، ثم انظر إلى نتيجتك أنت.

demo-loop-predict-title = توقّع أولًا
demo-loop-predict-hint = لا يوجد هنا صواب أو خطأ. اختر ما تتوقعه – ثم جرّب وانظر.
demo-loop-your-guess = توقّعك:
demo-loop-change = غيّر توقّعي
demo-loop-run-title = جرّب الآن
demo-loop-run-after-guess = توقّع أولًا، ثم تنفتح التجربة.
demo-loop-debrief-title = ماذا رأيت؟
demo-loop-you-expected = كنت تتوقع:
demo-loop-debrief-hint = فكّر في الأمر لحظة، أو تحدّث عنه مع شخص آخر. قيمك تبقى على هذا الحاسوب.
demo-loop-debrief-waiting = عندما تجرّب التجربة، تظهر نتيجتك هنا.
demo-loop-record-failed = لم يتمكن Klar من حفظ نتيجتك: { $message }

## الفحص ببطاقة حقائق حقيقية: تصنيفك بجانب تصنيف البطاقة.
demo-loop-your-mark = تصنيفك: { $mark }.
demo-loop-card-says = البطاقة: { $card }.
demo-loop-card-silent = البطاقة لا تقول شيئًا عن هذا – عليك أن تتحقق منه في مكان آخر.
