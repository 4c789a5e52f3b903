## حول تطبيق Klar (من الإعدادات): الإصدار وتاريخ البناء وتراخيص كل ما في التطبيق

about-open = حول تطبيق Klar
about-title = حول تطبيق Klar
about-version = الإصدار { $version }، تاريخ البناء: { $date }
about-what = يشرح تطبيق Klar كيف يعمل الذكاء الاصطناعي، وأين يخطئ، وكيف تستخدمه بأمان. كل شيء يعمل على هذا الحاسوب، بلا إنترنت.
about-licences-title = التراخيص
about-licences-intro = بُني تطبيق Klar على عمل أشخاص كثيرين يشاركون عملهم بحرية. هذه تراخيصهم.
about-models = النماذج اللغوية
about-model-not-installed = غير مثبَّت على هذا الحاسوب. يمكن لـ Klar استخدامه بعد أن يضيف المعلّم أو المشرف الملف.
about-fonts = الخطوط
about-crates = مكتبات Rust ({ $count })
about-npm = مكتبات الواجهة ({ $count })
about-licence-text = نص الترخيص
about-licences-missing = بُنيت هذه النسخة من Klar دون قائمة التراخيص. القائمة موجودة في حزمة التثبيت.
