# What is wrong with the answers (src/household/parse.rs, parse/velden.rs, veldfout.rs), the
# warnings on the norms (src/norms/mod.rs) and why a norm cannot be determined
# (src/evaluate/huishouden/mod.rs). { $veld } is the name of the field (a veld- message, at the
# start of the sentence: here followed by a colon); { $ingevuld } is what was entered, as it is.

## Errors in the answers
fout-geen-json = الإجابات ليست بصيغة JSON صحيحة: { $detail }
fout-antwoorden-te-groot = الإجابات طويلة جدًا: يجب ألا تزيد عن { $max } حرفًا.
fout-lijst-te-lang = { $veld }: يمكنك إدخال { $max } على الأكثر، وليس { $aantal }.
fout-partner-zonder-heeft-partner = أدخلتم معلومات عن شريك حياة، لكنكم لم تذكروا أن لديكم شريك حياة. اختاروا «نعم» عند سؤال «هل لديكم شريك حياة»، أو احذفوا معلومات الشريك.
fout-geen-groep-velden = { $veld }: يجب أن تكون هذه مجموعة من الحقول (object)، وليس قيمة واحدة.
fout-onbekend-veld-bedoelt = حقل غير معروف «{ $naam }». هل تقصدون «{ $suggestie }»؟
fout-onbekend-veld = حقل غير معروف «{ $naam }». الحقول الممكنة: { $velden }.
fout-kind-te-oud = الطفل رقم { $nummer } عمره 18 سنة أو أكثر. أدخلوا الأولاد الذين عمرهم 18 سنة أو أكثر مع البالغين الآخرين في البيت (medebewoners).
fout-medebewoner-te-jong = الشخص رقم { $nummer } الذي يسكن معكم (medebewoner) عمره أقل من 18 سنة. أدخلوا الأطفال الذين عمرهم أقل من 18 سنة مع الأطفال.
fout-soort-ontbreekt = اذكروا لأي غرض هذه التكاليف. اختاروا من: { $keuzes }.
fout-geen-lijst = { $veld }: يجب أن تكون هذه قائمة؛ القائمة الفارغة تعني «لا شيء».
fout-leeftijd-ongeldig = { $veld }: يجب أن يكون العمر بين { $min } و{ $max } سنة؛ أدخلتم { $ingevuld }.
fout-geen-hele-jaren = { $veld }: يجب أن يكون عددًا كاملًا من السنوات، مثلًا 38.
fout-buiten-bereik = { $veld }: يجب أن يكون بين 0 و{ $max }؛ أدخلتم { $ingevuld }.
fout-geen-heel-getal = { $veld }: يجب أن يكون عددًا صحيحًا.
fout-bedrag-veel-te-groot = { $veld }: المبلغ كبير جدًا. تأكدوا أنكم أدخلتم المبلغ بشكل صحيح.
fout-geen-bedrag = { $veld }: يجب أن يكون مبلغًا باليورو، مثلًا 1250.00.
fout-negatief-bedrag = { $veld }: لا يمكن أن يكون سالبًا؛ أدخلتم { $bedrag }.
fout-bedrag-te-groot = { $veld }: أكثر من { $max }. تأكدوا أنكم أدخلتم المبلغ بشكل صحيح.
fout-te-veel-decimalen = { $veld }: يُسمح برقمين على الأكثر بعد الفاصلة العشرية.
fout-geen-ja-nee = { $veld }: اختاروا نعم أو لا.
fout-onbekende-keuze = { $veld }: «{ $ingevuld }» غير ممكن. اختاروا من: { $keuzes }.
fout-onbekende-keuze-bedoelt = { $veld }: «{ $ingevuld }» غير ممكن. اختاروا من: { $keuzes }. هل تقصدون «{ $suggestie }»؟

## The fields, as the errors name them
veld-antwoorden = الإجابات
veld-heeft-partner = هل لديكم شريك حياة
veld-partner-woont-elders = هل يسكن شريك حياتكم في مكان آخر
veld-vermogen = أموالكم وممتلكاتكم (vermogen)
veld-eigen-woning = هل لديكم بيت تملكونه
veld-woz-waarde = القيمة الرسمية لبيتكم (WOZ-waarde)
veld-hypotheek = قرض السكن الخاص بكم (hypotheek)
veld-woonkosten = تكاليف سكنكم
veld-maanden-laag-inkomen = عدد الأشهر التي كان فيها دخلكم منخفضًا
veld-inkomenstoeslag-laatste-12-maanden = هل حصلتم على إعانة الدخل (inkomenstoeslag) خلال آخر 12 شهرًا
veld-alleenstaande-ouderkop = الإضافة للوالد بلا شريك حياة (alleenstaande-ouderkop) في ميزانية الأطفال (kindgebonden budget) الخاصة بكم
veld-alimentatie-betaald = النفقة (alimentatie) التي تدفعونها
veld-schulden = هل لديكم ديون
veld-schuldregeling = هل أنتم في تسوية قانونية للديون (schuldsanering) أو في تسوية للديون (schuldregeling)
veld-beperking-huisgenoot = هل لدى شخص آخر في أسرتكم إعاقة
veld-zelfstandige-huishouding = هل تديرون بيتًا خاصًا بكم (eigen huishouding)
veld-partner = معلومات شريك حياتكم
veld-aanvrager = معلوماتكم
veld-kinderen = الأطفال
veld-kind = معلومات طفل
veld-kind-leeftijd = عمر طفل
veld-medebewoners = البالغون الآخرون في البيت
veld-medebewoner = معلومات شخص يسكن معكم
veld-medebewoner-leeftijd = عمر شخص يسكن معكم
veld-medebewoner-student = هل يدرس الشخص الذي يسكن معكم
veld-medebewoner-commerciele-huurder = هل يستأجر الشخص الذي يسكن معكم غرفة
veld-kosten = التكاليف
veld-kost = معلومات بند من التكاليف
veld-kost-soort = نوع التكاليف
veld-kost-item = الجهاز
veld-kost-vervanging = هل يتعلق الأمر باستبدال جهاز قديم
veld-kost-jaren-sinds-vorige-vergoeding = عدد السنوات منذ التعويض السابق
veld-kost-via-kinderen-tellen-mee = هل حصلتم على حاسوب عن طريق مؤسسة Kinderen tellen mee
veld-kost-eerste-kind = هل يتعلق الأمر بالطفل الأول
veld-kost-overledene = من هو الشخص المتوفى
veld-kost-wsnp = هل الوصاية المالية (bewind) جزء من التسوية القانونية للديون (WSNP)
veld-kost-kinderopvang-reden = لماذا تحتاجون إلى حضانة الأطفال
veld-kost-al-betaald = هل دُفعت التكاليف بالفعل
veld-kost-voorliggende-voorziening = هل يدفع برنامج آخر هذه التكاليف
veld-kost-zeer-dringend = هل توجد حالة طوارئ حادة
veld-kost-reisdoel = ما هو هدف التنقل
veld-kost-enkele-reis-km = المسافة في اتجاه واحد
veld-kost-dreigt-uitzetting-of-afsluiting = هل يهددكم الطرد من البيت أو قطع الغاز أو الماء أو الكهرباء
veld-kost-bedrag = مبلغ التكاليف
veld-aanvrager-leeftijd = عمركم
veld-partner-leeftijd = عمر شريك حياتكم
veld-aanvrager-inkomen = دخلكم
veld-partner-inkomen = دخل شريك حياتكم
veld-aanvrager-inkomensbron = نوع دخلكم
veld-partner-inkomensbron = نوع دخل شريك حياتكم
veld-aanvrager-student = هل تدرسون
veld-partner-student = هل يدرس شريك حياتكم
veld-aanvrager-chronisch-ziek-of-beperking = هل لديكم إعاقة أو مرض مزمن
veld-partner-chronisch-ziek-of-beperking = هل لدى شريك حياتكم إعاقة أو مرض مزمن
veld-aanvrager-geldige-verblijfstitel = هل لديكم تصريح إقامة ساري المفعول (verblijfsvergunning)
veld-partner-geldige-verblijfstitel = هل لدى شريك حياتكم تصريح إقامة ساري المفعول (verblijfsvergunning)
veld-aanvrager-gedetineerd = هل أنتم في السجن أو الاحتجاز (detentie)
veld-partner-gedetineerd = هل شريك حياتكم في السجن أو الاحتجاز (detentie)

## Warnings on the norms
waarschuwing-normen-niet-actueel = نحسب بمعايير المساعدة الاجتماعية (bijstandsnormen) السارية منذ { $van }. المعايير السارية من { $volgende } غير موجودة بعد في أداة الحساب هذه. لذلك قد تختلف المبالغ قليلًا.
waarschuwing-regels-oud = تستخدم هذه الأداة قواعد بلدية { $gemeente } من عام { $jaar }. عمر هذه القواعد عدة سنوات. اسأل البلدية هل ما زالت سارية.
waarschuwing-vermogensgrenzen-niet-actueel = نحسب بالحدود القصوى للأموال والممتلكات (vermogensgrenzen) السارية منذ { $van }؛ الحدود الأحدث غير موجودة بعد في أداة الحساب هذه.

## Why the norm cannot be determined
# { $jaar } is the calendar year, as written (without a separator).
onbepaald-aow-leeftijd = سن التقاعد الحكومي (AOW-leeftijd) في سنة { $jaar } هو { $jaren ->
    [few] { $jaren } سنوات
   *[other] { $jaren } سنة
}{ $maanden ->
    [zero] {""}
    [one] {" "}وشهر واحد
    [two] {" "}وشهران
    [few] {" "}و{ $maanden } أشهر
    [many] {" "}و{ $maanden } شهرًا
   *[other] {" "}و{ $maanden } شهر
}. من العمر بالسنوات فقط لا نعرف هل تم بلوغ سن التقاعد بعد.
onbepaald-onder-18 = لا يوجد معيار للمساعدة الاجتماعية (bijstandsnorm) لمن عمره أقل من 18 سنة. اسألوا البلدية ما هو الممكن لكم.
