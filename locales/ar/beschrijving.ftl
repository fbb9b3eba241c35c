# The overview of each municipality's schemes for policy staff, written by `bur docs --taal ar`
# (src/policy/beschrijving.rs and src/bin/bur/docs.rs): every rule in words, without a
# household. Not for the report or the widget: these messages get no number
# (catalogus_bestanden::NIET_IN_RAPPORT) and are made with `docs_zin!`. Translated from the
# Dutch, which stays leading; Dutch legal terms in parentheses, Western digits.

## Parts one after another: "a، b", "a أو b", "a؛ b", "a؛ و b".
beschrijving-reeks-komma = { $eerste }، { $rest }
beschrijving-reeks-of = { $eerste } أو { $rest }
beschrijving-reeks-puntkomma = { $eerste }؛ { $rest }
beschrijving-reeks-en = { $eerste }؛ و{ $rest }

## The overview (src/bin/bur/docs.rs)
beschrijving-titel = الترتيبات (regelingen) حسب البلدية
beschrijving-inleiding =
    أُنشئ بواسطة `bur docs --taal ar` من الملفات الموجودة في `policies/`؛ لا تعدّلوه يدويًا. النسخة
    الهولندية (docs/regelingen.md) هي المعتمدة. نصوص ملفات السياسات باللغة الهولندية إذا لم تكن لها
    ترجمة في الملف. النتائج: `ja` (نعم) إذا تحققت كل الشروط، و`nee` (لا) إذا لم يتحقق أحدها،
    وإلا فالنتيجة `misschien` (ربما).
beschrijving-gemeente = { $naam } (`{ $id }`، الإصدار { $versie })
beschrijving-gemeente-bron = المصدر: { $bron }.
beschrijving-gemeente-norm-alleenstaande-ouder = المعيار للوالد الوحيد: { $procent } من معيار المتزوجين (gehuwdennorm).
beschrijving-gemeente-jongeren-met-aanvulling = للشباب من عمر 18 إلى 20 سنة تُحسب المساعدة الخاصة التكميلية (aanvullende bijzondere bijstand) ضمن معيار المساعدة الاجتماعية (bijstandsnorm). من يحصل على المساعدة الاجتماعية (bijstand) لديه هذه المساعدة التكميلية بالفعل: عندئذٍ يُحتسب المعيار لمن عمره 21 سنة. وإلا فإن الدخل الذي يزيد على حدٍّ محسوب بمعيار الشباب لكنه يبقى ضمن الحد لمن عمره 21 سنة نتيجته "ربما".
beschrijving-gemeente-kostendelersnorm-jongeren = حيث يُطبَّق معيار تقاسم التكاليف (kostendelersnorm) في حساب القدرة على الدفع (draagkracht)، يحصل من عمره من 18 إلى 20 سنة على المعيار الخاص بمن عمره 21 سنة.
beschrijving-regeling = { $naam } (`{ $id }`)
beschrijving-regeling-bron = المصدر: { $bron }
# $vanaf and $tot: dates as the policy file writes them (2025-01-01).
beschrijving-regeling-geldig-vanaf = السريان: ابتداءً من { $vanaf }
beschrijving-regeling-geldig-tot = السريان: من { $vanaf } حتى { $tot } (ضمنًا)
beschrijving-regeling-voorwaarden = الشروط:
beschrijving-regeling-voorwaarde = { $voorwaarde } ({ $bron })
beschrijving-regeling-bedrag = المبلغ: { $bedrag }
beschrijving-regeling-draagkracht = القدرة على الدفع (draagkracht): { $draagkracht }
beschrijving-regeling-aanvragen = طريقة التقديم: { $vervolgstap }
beschrijving-signalen = إشارات للمساعدة حسب الحالة (maatwerk؛ النصيحة: محادثة حول طاولة المطبخ، keukentafelgesprek)
beschrijving-signaal = `{ $id }`: عند تحقق ما يلي: { $voorwaarden }. المصدر: { $bron }.
beschrijving-buiten-scope = ما ليس في أداة الحساب
beschrijving-kolom-regeling = الترتيب
beschrijving-kolom-bron = المصدر
beschrijving-kolom-reden = السبب

## Conditions
# $kostendelersnorm: ja or nee.
beschrijving-bijstandsnorm = { $kostendelersnorm ->
    [ja] معيار المساعدة الاجتماعية (bijstandsnorm) مع معيار تقاسم التكاليف (kostendelersnorm)
   *[nee] معيار المساعدة الاجتماعية (bijstandsnorm، بدون معيار تقاسم التكاليف)
}
beschrijving-inkomen = صافي دخل الأسرة لا يزيد على { $max } من { beschrijving-bijstandsnorm }
beschrijving-inkomen-zeker = صافي دخل الأسرة حتى { $zeker } من { beschrijving-bijstandsnorm }: نعم بالتأكيد؛ حتى { $max }: ربما (تقييم شخصي)؛ وفوق ذلك: لا
# $onder_de_grens: ja or nee; $boven_grens: eigen_woning, beoordeling or nee.
beschrijving-vermogen = { $onder_de_grens ->
    [ja] الأموال والممتلكات (vermogen) أقل من الحد الأقصى المسموح به (vermogensgrens، المادة 34 من Participatiewet): لا يوجد احتياطي مالي جيد
   *[nee] الأموال والممتلكات (vermogen) لا تزيد على الحد الأقصى المسموح به (vermogensgrens، المادة 34 من Participatiewet)
}{ $boven_grens ->
    [eigen_woning] ؛ إذا كانت القيمة في البيت المملوك هي التي ترفعها فوق الحد، تقيّم البلدية ذلك (ربما)
    [beoordeling] ؛ فوق الحد تقيّم البلدية ذلك (ربما)، وليس رفضًا
   *[nee] {""}
}
# $wie: aanvrager, partner, aanvrager_en_partner or aanvrager_of_partner.
beschrijving-wie = { $wie ->
    [aanvrager] مقدم الطلب
    [partner] الشريك
    [aanvrager_en_partner] مقدم الطلب والشريك
   *[aanvrager_of_partner] مقدم الطلب أو الشريك
}
beschrijving-voor-wie = { beschrijving-wie }: { $voorwaarde }
beschrijving-leeftijd-minstens = { $jaar ->
    [one] العمر سنة واحدة على الأقل
    [two] العمر سنتان على الأقل
    [few] العمر { $jaar } سنوات على الأقل
   *[other] العمر { $jaar } سنة على الأقل
}
beschrijving-leeftijd-hoogstens = { $jaar ->
    [one] العمر سنة واحدة على الأكثر
    [two] العمر سنتان على الأكثر
    [few] العمر { $jaar } سنوات على الأكثر
   *[other] العمر { $jaar } سنة على الأكثر
}
beschrijving-leeftijd-onder-aow = دون سن التقاعد الحكومي (AOW-leeftijd)
beschrijving-kinderen = طفل واحد على الأقل يعيش في البيت، عمره من { $van } إلى { $tot } سنة (ضمنًا)
beschrijving-kostendelers = عدد البالغين الآخرين في البيت الذين يُحسبون متقاسمين للتكاليف (kostendelers، بعمر 27 سنة أو أكثر): { $aantal } على الأقل
beschrijving-maanden-laag-inkomen = دخل منخفض دون انقطاع لمدة لا تقل عن { $maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $maanden } أشهر
    [many] { $maanden } شهرًا
   *[other] { $maanden } شهر
}
# $kostendelersnorm, $vermogen and $schuldregeling: ja or nee.
beschrijving-woonkosten = تكاليف السكن الشهرية أعلى من الجزء من الدخل الذي يزيد على { $procent } من معيار المساعدة الاجتماعية (bijstandsnorm){ $kostendelersnorm ->
    [ja] {" "}(مع معيار تقاسم التكاليف)
   *[nee] {""}
}{ $vermogen ->
    [ja] ، مع مقارنة الأموال التي تزيد على الحد بتكاليف السكن لسنة كاملة
   *[nee] {""}
}{ $schuldregeling ->
    [ja] ؛ أثناء تسوية الديون (schuldregeling) لا تُحسب قدرة على الدفع
   *[nee] {""}
}
# $feit: beschrijving-ja or beschrijving-nee; $aangenomen: ja or nee.
beschrijving-ja-nee = { $feit }{ $aangenomen ->
    [ja] {" "}(يُفترض ذلك عند عدم الإجابة، ويُذكر ذلك في النتيجة)
   *[nee] {""}
}
# $vraag: the question of a yes/no condition, as the policy file names it.
beschrijving-ja = { $vraag ->
    [student] يدرس بتمويل دراسي (studiefinanciering) أو WTOS (أو درس كذلك في السنة الماضية)
    [chronisch_ziek_of_beperking] إعاقة أو مشكلة نفسية أو نفسية اجتماعية مزمنة
    [geldige_verblijfstitel] تصريح إقامة ساري المفعول (verblijfstitel)
    [gedetineerd] في الاحتجاز أو السجن (detentie)
    [schulden] ديون لا تستطيع الأسرة سدادها
    [inkomenstoeslag_laatste_12_maanden] حصل على علاوة الدخل (inkomenstoeslag) في آخر 12 شهرًا
    [eigen_woning] بيت مملوك
    [beperking_huisgenoot] أحد أفراد البيت لديه إعاقة أو مشكلة مزمنة
    [zelfstandige_huishouding] أسرة مستقلة بسكنها (zelfstandige huishouding)
    [schuldregeling] تسوية قانونية للديون أو تسوية ديون (schuldsanering أو schuldregeling)
    [heeft_partner] شريك حياة (متزوج، أو شراكة مسجلة، أو مساكنة)
   *[partner_woont_elders] متزوج أو له شريك، لكن الشريك يسكن في مكان آخر
}
beschrijving-nee = { $vraag ->
    [student] لا دراسة بتمويل دراسي (studiefinanciering) أو WTOS في آخر 12 شهرًا
    [chronisch_ziek_of_beperking] لا إعاقة ولا مشكلة مزمنة
    [geldige_verblijfstitel] لا يوجد تصريح إقامة ساري المفعول (verblijfstitel)
    [gedetineerd] ليس في الاحتجاز أو السجن (detentie)
    [schulden] لا ديون يتعذر سدادها
    [inkomenstoeslag_laatste_12_maanden] لا علاوة دخل (inkomenstoeslag) في آخر 12 شهرًا
    [eigen_woning] لا يوجد بيت مملوك
    [beperking_huisgenoot] لا أحد من أفراد البيت لديه إعاقة أو مشكلة مزمنة
    [zelfstandige_huishouding] لا توجد أسرة مستقلة بسكنها (zelfstandige huishouding)
    [schuldregeling] لا تسوية قانونية للديون ولا تسوية ديون (schuldsanering أو schuldregeling)
    [heeft_partner] لا يوجد شريك حياة
   *[partner_woont_elders] الشريك يسكن في البيت
}
beschrijving-beoordeling = تقييم شخصي: { $tekst }
beschrijving-alle = كل ما يلي: ({ $voorwaarden })
beschrijving-een-van = واحد مما يلي: ({ $voorwaarden })

## Costs
# $soort and $apparaat: the id from the policy file, said with the engine's words.
beschrijving-kostensoort = { kosten-soort }
beschrijving-apparaat = { kosten-apparaat }
# $overledene: partner, kind, ouder or anders.
beschrijving-overledene = { $overledene ->
    [partner] الشريك
    [kind] الطفل
    [ouder] أحد الوالدين
   *[anders] شخص آخر
}
beschrijving-reisdoel = { $reisdoel ->
    [arts_buiten_gemeente] طبيب أو أخصائي خارج البلدية
    [familie_in_ziekenhuis] قريب من الدرجة الأولى في المستشفى
    [familie_in_detentie] قريب من الدرجة الأولى في الاحتجاز أو السجن
    [school] مدرسة لا يمكن الدراسة فيها بالقرب من البيت
    [re_integratie] إعادة الإدماج في العمل أو التدريب
   *[anders] شيء آخر
}
beschrijving-opvangreden = { $reden ->
    [re_integratie] إعادة الإدماج في العمل أو الاندماج المدني (inburgering)
    [werkaanvaarding] العمل بعد ترك المساعدة الاجتماعية (bijstand)
    [sociaal_medische_indicatie] مؤشر اجتماعي طبي (sociaal-medische indicatie)
   *[anders] سبب آخر
}
beschrijving-kosten = بند تكاليف من نوع: { $soorten }
beschrijving-kosten-apparaten = بند تكاليف من نوع: { $soorten } ({ $apparaten })
beschrijving-kosten-vervanging = الاستبدال فقط (وليس الشراء الأول أو الإصلاح)
beschrijving-kosten-eenmaal-per = مرة واحدة كل { $jaren ->
    [one] سنة
    [two] سنتين
    [few] { $jaren } سنوات
   *[other] { $jaren } سنة
}
beschrijving-kosten-eerste-kind = للطفل الأول فقط
beschrijving-kosten-uitvaart-van = لجنازة: { $overledenen }
beschrijving-kosten-reisdoelen = لغرض: { $reisdoelen }
beschrijving-kosten-enkele-reis = رحلة ذهاب فقط لا تقل عن { $km } كم (الأقصر: ربما)
beschrijving-kosten-dreigende-uitzetting = فقط عند خطر الإخلاء من البيت أو قطع الغاز أو الماء أو الكهرباء
beschrijving-kosten-niet-wsnp = ليس للوصاية المالية (bewindvoering) ضمن WSNP
beschrijving-kosten-opvangredenen = لازمة من أجل: { $redenen }
# $al_betaald: ja or nee.
beschrijving-kosten-samen-hoogstens = { $al_betaald ->
    [ja] التكاليف المدفوعة مسبقًا فقط، ومجموعها
   *[nee] المجموع
} لا يزيد على { $max } في السنة التقويمية
beschrijving-kosten-kinderen-tellen-mee = بشرط ألا يكون قد جاء حاسوب عن طريق Kinderen tellen mee في آخر 60 شهرًا
# $al_betaald: nee, misschien or toegestaan; $zeer_dringend: ja or nee.
beschrijving-afwijzingsgronden = أسباب الرفض (afwijzingsgronden) لكل بند تكاليف: لا مساعدة أبدًا من أجل: { $uitgesloten } (إلا لأسباب ملحة جدًا، zeer dringende redenen: ربما)؛ التكاليف المدفوعة مسبقًا: { $al_betaald ->
    [nee] لا
    [misschien] ربما
   *[toegestaan] مسموح بها
}{ $zeer_dringend ->
    [ja] {""}
   *[nee] ؛ ولا حتى لأسباب ملحة جدًا
}
beschrijving-afwijzing-voorliggend = أولًا ترتيب له الأولوية (voorliggende voorziening) من أجل: { $soorten }

## Amount
# $norm: the standard as normen.toml names it; $vakantietoeslag: inclusief or zonder;
# $afronding: hele_euros_omhoog or op_centen.
beschrijving-bedrag-percentage-norm = { $procent } من 12 ضعف المعيار '{ $norm }' { $vakantietoeslag ->
    [inclusief] مع
   *[zonder] بدون
} بدل العطلة (vakantietoeslag) في 1 يناير، { $afronding ->
    [hele_euros_omhoog] مقرّبًا إلى الأعلى
   *[op_centen] مقرّبًا إلى السنت
}؛ ومن ذلك: المتزوجون { $gehuwden }، الشخص الوحيد { $alleenstaande }، الوالد الوحيد { $alleenstaande_ouder }
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
beschrijving-bedrag-vast = { $maximaal ->
    [ja] حتى { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] شهريًا
    [jaar] سنويًا
   *[eenmalig] مرة واحدة
}
beschrijving-bedrag-in-document = مذكور في: { $document } (هذه الوثيقة ليست لدينا؛ النتيجة لا تذكر مبلغًا)
beschrijving-bedrag-kosten-min-draagkracht = لكل بند تكاليف مذكور: المبلغ ناقص القدرة على الدفع (draagkracht)

## Capacity to pay
# $kostendelersnorm: ja or nee; $aow_maanden: 0 when the period with AOW is not different;
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag) or nee; $vrijlating: the
# amount left free for [bedrag].
beschrijving-draagkracht = { $inkomen_procent } من الدخل الذي يزيد على { $boven_procent } من معيار المساعدة الاجتماعية (bijstandsnorm) { $kostendelersnorm ->
    [ja] مع معيار تقاسم التكاليف
   *[nee] بدون معيار تقاسم التكاليف
}، على مدى { $maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $maanden } أشهر
    [many] { $maanden } شهرًا
   *[other] { $maanden } شهر
}{ $aow_maanden ->
    [0] {""}
    [one] {" "}(شهر واحد لمن يحصل على معاش التقاعد الحكومي AOW)
    [two] {" "}(شهران لمن يحصل على معاش التقاعد الحكومي AOW)
    [few] {" "}({ $aow_maanden } أشهر لمن يحصل على معاش التقاعد الحكومي AOW)
    [many] {" "}({ $aow_maanden } شهرًا لمن يحصل على معاش التقاعد الحكومي AOW)
   *[other] {" "}({ $aow_maanden } شهر لمن يحصل على معاش التقاعد الحكومي AOW)
}{ $vermogen ->
    [vermogensgrens] ، إضافة إلى الأموال التي تزيد على الحد الأقصى المسموح به (vermogensgrens)
    [alles] ، إضافة إلى كل المدخرات
    [norm] ، إضافة إلى الرصيد البنكي الذي يزيد على معيار المساعدة الاجتماعية مع بدل العطلة
    [bedrag] ، إضافة إلى المدخرات والنقود التي تزيد على { $vrijlating }
   *[nee] {""}
}
beschrijving-draagkracht-schuldregeling = لا قدرة على الدفع أثناء تسوية قانونية للديون (Wsnp) أو تسوية ودية للديون (minnelijke schuldregeling)
beschrijving-draagkracht-berekend-tot = فوق { $procent } من المعيار تحسب البلدية ذلك بنفسها
beschrijving-draagkracht-eigen-woning = مع أموال في البيت المملوك: بدون تحقيق إضافي للمساعدة التي تقل عن { $bedrag } في السنة
beschrijving-draagkracht-zorgkosten = للتكاليف الطبية، حتى { $procent } من المعيار، أقل بما لا يزيد على { $verlaging }
beschrijving-draagkracht-in-document = مذكور في: { $document } (هذه الوثيقة ليست لدينا)
