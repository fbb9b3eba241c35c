# The questions of the calculator (www/vragen.js): per question the question itself, a help text,
# the unit and the choices, in plain B1 language. Which questions are asked is decided by the engine;
# this file only says how. The key follows the answer field: `aanvrager.leeftijd` is
# vraag-aanvrager-leeftijd, a detail of a child, adult or cost item is called
# vraag-kind-…, vraag-medebewoner-…, vraag-kost-….

## Topics: one screen per topic
onderwerp-huishouden = أسرتكم
onderwerp-inkomen = دخلكم
onderwerp-vermogen = أموالكم وممتلكاتكم
onderwerp-situatie = وضعكم
onderwerp-kosten = تكاليفكم

## Units, after the input field and in the overview of the answers. Beside the empty field there
## is no $aantal: then the form marked with * applies.
eenheid-jaar = { $aantal ->
    [few] سنوات
   *[other] سنة
}
eenheid-maanden = { $aantal ->
    [few] أشهر
    [many] شهرًا
   *[other] شهر
}
eenheid-km = كم

## A child, another adult: the heading above the details of each
item-kind = الطفل { $nummer }
item-medebewoner = الشخص البالغ { $nummer }

## Your household
vraag-aanvrager-leeftijd = كم عمركم؟
vraag-heeft-partner = هل لديكم شريك حياة؟
hulp-heeft-partner = متزوجون، أو شراكة مسجلة (geregistreerd partner)، أو تعيشون معًا مع شريك حياة.
vraag-partner-leeftijd = كم عمر شريك حياتكم؟
vraag-partner-woont-elders = هل أنتم متزوجون أو لديكم شريك حياة، لكنكم لا تسكنون معًا؟
vraag-kinderen = كم طفلًا تحت سن 18 يعيش معكم؟
hulp-kinderen = أدخلوا 0 إذا لم يكن يعيش معكم أي طفل.
vraag-medebewoners = كم شخصًا بالغًا آخر (عمره 18 سنة أو أكثر) يسكن معكم؟
hulp-medebewoners = مثلًا ابن أو ابنة بالغة، أو أحد الوالدين، أو شخص يسكن معكم في البيت. لا تحسبوا شريك حياتكم. أدخلوا 0 إذا لم يكن يسكن معكم أحد آخر. هؤلاء قد يُعتبرون «أشخاصًا يتقاسمون التكاليف» (kostendeler): عندها يكون معيار المساعدة الاجتماعية (bijstandsnorm) الخاص بكم أقل.
vraag-kind-leeftijd = العمر
vraag-medebewoner-leeftijd = العمر
vraag-medebewoner-student = هل يدرس مع تمويل دراسي (studiefinanciering) أو WTOS؟
vraag-medebewoner-commerciele-huurder = هل يستأجر منكم غرفة بسعر عادي؟

## Your income
vraag-aanvrager-inkomen = كم دخلكم في الشهر؟
vraag-partner-inkomen = كم دخل شريك حياتكم في الشهر؟
hulp-inkomen = الدخل الصافي في الشهر، بدون بدل العطلة (vakantiegeld). احسبوا: الراتب، والإعانة، والمعاش التقاعدي، والنفقة (alimentatie) التي تحصلون عليها لأنفسكم. لا تحسبوا: إعانة الإيجار (huurtoeslag)، وإعانة التأمين الصحي (zorgtoeslag)، وإعانة الأطفال (kinderbijslag)، وميزانية الأطفال (kindgebonden budget). منذ 2026 لا تُحسب الهدايا حتى €1,200 في السنة لكل أسرتكم، ولا تُحسب المساعدة من بنك الطعام (voedselbank).
vraag-aanvrager-inkomensbron = من أين يأتي دخلكم في الغالب؟
hulp-aanvrager-inkomensbron = إذا كنتم تحصلون على إعانة المساعدة الاجتماعية (bijstandsuitkering) من البلدية، فاختاروا «المساعدة الاجتماعية»، حتى لو كنتم تكسبون شيئًا إلى جانبها.
vraag-partner-inkomensbron = من أين يأتي دخل شريك حياتكم في الغالب؟
keuze-inkomensbron-bijstand = المساعدة الاجتماعية (bijstand، إعانة من البلدية)
keuze-inkomensbron-aow = معاش الدولة للتقاعد (AOW) أو معاش تقاعدي
keuze-inkomensbron-loon = العمل (راتب)
keuze-inkomensbron-uitkering = إعانة أخرى، مثل WW أو WIA
keuze-inkomensbron-studiefinanciering = التمويل الدراسي (studiefinanciering)
keuze-inkomensbron-ondernemer = شركة خاصة بكم
keuze-inkomensbron-geen = لا يوجد دخل
keuze-inkomensbron-anders = شيء آخر
vraag-maanden-laag-inkomen = منذ متى تعيشون من هذا الدخل تقريبًا؟
hulp-maanden-laag-inkomen = بالأشهر، بدون انقطاع. 3 سنوات تساوي 36 شهرًا. احسبوا كل شهر لم يكن فيه دخلكم أعلى من دخلكم الآن تقريبًا، حتى لو تغيّر قليلًا. الوقت الذي قضيتموه في مركز طالبي اللجوء (azc) يُحسب أيضًا.
vraag-aanvrager-student = هل تتابعون تعليمًا أو دراسة يمكنكم أن تحصلوا من أجلها على التمويل الدراسي (studiefinanciering) أو WTOS، أو هل فعلتم ذلك خلال آخر 12 شهرًا؟
hulp-aanvrager-student = حتى لو لم تطلبوا التمويل الدراسي أو WTOS: المهم هو هل يمكنكم الحصول عليه.
vraag-partner-student = هل يتابع شريك حياتكم تعليمًا أو دراسة يمكن أن يحصل من أجلها على التمويل الدراسي (studiefinanciering) أو WTOS، أو هل فعل ذلك خلال آخر 12 شهرًا؟
vraag-inkomenstoeslag-laatste-12-maanden = هل حصلتم خلال آخر 12 شهرًا على الإعانة الفردية لدعم الدخل (individuele inkomenstoeslag) من البلدية؟
vraag-alleenstaande-ouderkop = كم مبلغ الإضافة للوالد بلا شريك حياة (alleenstaande-ouderkop) في ميزانية الأطفال (kindgebonden budget) الخاصة بكم في الشهر؟
hulp-alleenstaande-ouderkop = الوالد أو الوالدة بلا شريك حياة يحصل مع ميزانية الأطفال (kindgebonden budget) على مبلغ إضافي: الإضافة للوالد بلا شريك حياة (alleenstaande-ouderkop). تجدون هذا المبلغ في صفحة Mijn toeslagen (صفحتكم الشخصية للإعانات الحكومية، toeslagen) أو في رسالة القرار (beschikking) من Belastingdienst (مصلحة الضرائب). هذه البلدية تحسب هذا الجزء كدخل. إذا لم تحصلوا عليه، فأدخلوا 0.
vraag-alimentatie-betaald = كم نفقة (alimentatie) تدفعون في الشهر؟
hulp-alimentatie-betaald = النفقة التي تدفعونها أنتم أو شريك حياتكم لشريك سابق أو لأطفال عمرهم أقل من 21 سنة لا يسكنون معكم. هذه البلدية تخصم النفقة من دخلكم. إذا كنتم لا تدفعون نفقة، فأدخلوا 0.

## Your money and property
vraag-vermogen = كم يبلغ مجموع أموال وممتلكات أسرتكم معًا؟
hulp-vermogen = اجمعوا: المال في البنك وفي حساب التوفير، والمال النقدي، والأشياء الغالية مثل سيارة لا تحتاجونها. اخصموا الديون. عن بيتكم نسأل بشكل منفصل.
vraag-eigen-woning = هل لديكم بيت تملكونه؟
vraag-woz-waarde = ما هي القيمة الرسمية لبيتكم (WOZ-waarde)؟
hulp-woz-waarde = تجدون هذه القيمة في رسالة الضرائب البلدية (aanslag gemeentelijke belastingen).
vraag-hypotheek = كم بقي عليكم من قرض السكن (hypotheek)؟
vraag-woonkosten = كم تدفعون في الشهر للإيجار أو لقرض السكن (hypotheek)؟

## Your situation
vraag-zelfstandige-huishouding = هل تديرون بيتًا خاصًا بكم (eigen huishouding)؟
hulp-zelfstandige-huishouding = تسكنون بشكل مستقل وتديرون شؤون بيتكم بأنفسكم: لا تسكنون عند شخص آخر، ولا في مؤسسة.
vraag-schulden = هل لديكم ديون أو متأخرات في الدفع لا تستطيعون سدادها؟
vraag-schuldregeling = هل أنتم الآن في تسوية قانونية للديون (schuldsanering، Wsnp) أو في تسوية للديون (schuldregeling)؟
hulp-schuldregeling = مثلًا تسوية ودية للديون (minnelijke schuldregeling) عن طريق بنك الائتمان (kredietbank) أو Stadsbank.
vraag-beperking-huisgenoot = هل لدى شخص آخر في أسرتكم إعاقة أو مشكلة نفسية أو نفسية اجتماعية مزمنة؟
hulp-beperking-huisgenoot = مثلًا طفل أو شخص بالغ آخر يسكن معكم.
vraag-aanvrager-chronisch-ziek-of-beperking = هل لديكم مرض مزمن أو إعاقة؟
vraag-partner-chronisch-ziek-of-beperking = هل لدى شريك حياتكم مرض مزمن أو إعاقة؟
vraag-aanvrager-geldige-verblijfstitel = هل تسكنون في هولندا بشكل قانوني؟
hulp-aanvrager-geldige-verblijfstitel = تحملون الجنسية الهولندية، أو تقيمون هنا بشكل قانوني: بتصريح إقامة ساري المفعول (verblijfsvergunning)، أو كمواطنين في الاتحاد الأوروبي أو النرويج أو آيسلندا أو ليختنشتاين أو سويسرا. لستم متأكدين؟ اسألوا البلدية.
vraag-partner-geldige-verblijfstitel = هل يسكن شريك حياتكم في هولندا بشكل قانوني؟
hulp-partner-geldige-verblijfstitel = شريك حياتكم يحمل الجنسية الهولندية، أو يقيم هنا بشكل قانوني: بتصريح إقامة ساري المفعول (verblijfsvergunning)، أو كمواطن في الاتحاد الأوروبي أو النرويج أو آيسلندا أو ليختنشتاين أو سويسرا. لستم متأكدين؟ اسألوا البلدية.
vraag-aanvrager-gedetineerd = هل أنتم الآن في السجن أو الاحتجاز (detentie)؟
vraag-partner-gedetineerd = هل شريك حياتكم الآن في السجن أو الاحتجاز (detentie)؟

## Your costs, and per cost item what the rules want to know about it
vraag-kosten = هل لديكم الآن تكاليف لا تستطيعون دفعها بأنفسكم؟
hulp-kosten = مثلًا غسالة معطلة، أو مساهمة شخصية في تكاليف الرعاية (eigen bijdrage)، أو جنازة، أو تكاليف الوصاية المالية (bewindvoering).
vraag-kost-soort = لأي غرض هذه التكاليف؟
keuze-kost-medisch = الرعاية أو التكاليف الطبية
keuze-kost-witgoed = غسالة أو ثلاجة أو موقد طبخ
keuze-kost-computer = حاسوب أو حاسوب محمول للمدرسة
keuze-kost-babyuitzet = مستلزمات المولود (babyuitzet)
keuze-kost-uitvaart = جنازة
keuze-kost-bewindvoering = الوصاية المالية (bewindvoering)
keuze-kost-reiskosten = تكاليف التنقل
keuze-kost-kinderopvang = حضانة الأطفال (kinderopvang)
keuze-kost-verhuizing = الانتقال إلى بيت آخر
keuze-kost-afval = نفايات إضافية بسبب إعاقة أو مرض
keuze-kost-waarborgsom = مبلغ الضمان لبيت مستأجر (borg)
keuze-kost-overig = شيء آخر
keuze-kost-alimentatie = النفقة (alimentatie)
keuze-kost-boete = غرامة
keuze-kost-schade = أضرار يجب أن أدفعها
keuze-kost-schuldaflossing = سداد الديون
keuze-kost-huurschuld = ديون الإيجار
keuze-kost-energieschuld = ديون الغاز أو الماء أو الكهرباء
keuze-kost-budgetbeheer = إدارة الميزانية (budgetbeheer)
keuze-kost-leges-verblijfsvergunning = تمديد أو تغيير تصريح الإقامة (verblijfsvergunning)
keuze-kost-naturalisatie = التجنيس (naturalisatie)
keuze-kost-eigen-risico = المبلغ الذاتي في التأمين الصحي (eigen risico)
vraag-kost-bedrag = كم التكلفة؟
vraag-kost-item = أي جهاز؟
keuze-apparaat-wasmachine = غسالة
keuze-apparaat-koelkast = ثلاجة
keuze-apparaat-kookapparatuur = موقد أو سطح طبخ
vraag-kost-vervanging = هل هو بديل عن شيء تعطّل؟
vraag-kost-jaren-sinds-vorige-vergoeding = قبل كم سنة حصلتم على تعويض من البلدية من أجل هذا؟
vraag-kost-via-kinderen-tellen-mee = هل حصل طفلكم خلال آخر 5 سنوات على حاسوب عن طريق مؤسسة Stichting Kinderen tellen mee؟
vraag-kost-eerste-kind = هل هو طفلكم الأول؟
vraag-kost-overledene = من هو المتوفى؟
keuze-overledene-partner = شريك حياتي
keuze-overledene-kind = طفلي
keuze-overledene-ouder = أبي أو أمي
keuze-overledene-anders = شخص آخر
vraag-kost-wsnp = هل الوصاية المالية (bewindvoering) جزء من WSNP (التسوية القانونية للديون)؟
vraag-kost-al-betaald = هل اشتريتم هذا أو دفعتموه بالفعل؟
hulp-kost-al-betaald = البلدية تساعد في العادة فقط إذا طلبتم المساعدة قبل أن تشتروا أو تدفعوا شيئًا.
vraag-kost-voorliggende-voorziening = هل تدفع جهة أخرى هذا بالكامل بالفعل، مثل تأمينكم الصحي أو إعانة حضانة الأطفال (kinderopvangtoeslag)؟
hulp-kost-voorliggende-voorziening = هل تدفع جزءًا فقط؟ إذن اختاروا «لا»، وأدخلوا في خانة المبلغ ما يجب أن تدفعوه بأنفسكم.
vraag-kost-zeer-dringend = هل توجد حالة طوارئ حادة؟
hulp-kost-zeer-dringend = مثلًا إذا كانت حياتكم أو صحتكم في خطر كبير إذا لم يُدفع هذا.
vraag-kost-reisdoel = لأي غرض تتنقلون؟
keuze-reisdoel-arts-buiten-gemeente = إلى طبيب أو معالج أو أخصائي خارج البلدية
keuze-reisdoel-familie-in-ziekenhuis = إلى شريك حياتي أو طفلي أو أحد والديّ في المستشفى أو دار الرعاية
keuze-reisdoel-familie-in-detentie = إلى شريك حياتي أو طفلي أو أحد والديّ في السجن
keuze-reisdoel-school = أخذ طفلي إلى مدرسة لا يمكن أن تكون قريبة
keuze-reisdoel-re-integratie = من أجل إعادة الاندماج في العمل (re-integratie) أو التدريب
keuze-reisdoel-anders = شيء آخر
vraag-kost-enkele-reis-km = كم كيلومترًا طول الرحلة في اتجاه واحد؟
hulp-kost-enkele-reis-km = أقصر طريق، مثلًا حسب مخطط الطرق في ANWB. الذهاب فقط، وليس الذهاب والعودة.
vraag-kost-dreigt-uitzetting-of-afsluiting = هل يهددكم الطرد من البيت أو قطع الغاز أو الماء أو الكهرباء؟
hulp-kost-dreigt-uitzetting-of-afsluiting = مثلًا رسالة من المؤجر، أو من المحضر القضائي (deurwaarder)، أو من شركة الطاقة.
vraag-kost-kinderopvang-reden = لماذا تحتاجون إلى حضانة الأطفال؟
keuze-opvangreden-re-integratie = للبحث عن عمل، أو لإعادة الاندماج في العمل (re-integratie)، أو للاندماج المدني (inburgering)
keuze-opvangreden-werkaanvaarding = بدأت العمل حديثًا بعد المساعدة الاجتماعية (bijstand)
keuze-opvangreden-sociaal-medische-indicatie = لأسباب طبية أو اجتماعية (indicatie)
keuze-opvangreden-anders = سبب آخر
