## استيراد ملف تقدّم: المعاينة التي تظهر قبل أن يتغيّر أي شيء.

import-preview-title = هل تريد استيراد ملف التقدّم هذا؟
import-preview-intro = لم يتغيّر شيء بعد. راجع ما سيفعله هذا الملف، ثم اختر «استيراد» أو «إلغاء».
import-preview-source = صُدِّر في { $date } من الحاسوب «{ $device }».
import-preview-source-unnamed = صُدِّر في { $date }.
import-preview-kind-class = صفّ كامل
import-preview-kind-learner = تقدّم متعلّم واحد
import-preview-kind-learner-data = كل بيانات متعلّم واحد
import-preview-counts = متعلّمون جدد: { $added }. محدَّثون: { $updated }. دون تغيير: { $unchanged }.
import-preview-nothing-new = لا يحتوي هذا الملف على شيء جديد لهذا الحاسوب.
import-preview-new = جديد
import-preview-updated = سيُحدَّث
import-preview-name-in-file = الاسم في الملف: { $name }
import-preview-look-alike = يوجد هنا شخص آخر بالاسم نفسه. تأكّد أنّ هذا شخص مختلف فعلًا.
import-preview-look-alikes = أسماء تشبه أسماء أشخاص آخرين: { $count }. يُرجى التحقّق منها قبل الاستيراد.
import-preview-completed = سيُعلَّم كمكتمل:
import-preview-other-lessons = دروس غير موجودة على هذا الحاسوب: { $count }
import-preview-details = الدروس: { $lessons } · الإجابات: { $answers } · التأمّلات: { $reflections }
import-preview-confirm = استيراد
import-preview-cancel = إلغاء
error-import-expired = لم يعد هذا الاستيراد بانتظارك (فقد أُكِّد أو أُلغي أو بقي مفتوحًا مدة طويلة). يُرجى اختيار الملف مرة أخرى.

## تصدير المعلّم لبيانات متعلّم: لا تدخل فيه التأمّلات الخاصة.

teacher-export-learner-data = تصدير البيانات (JSON و CSV، التأمّلات المشارَكة فقط)
