# The reasons for the cost conditions (src/evaluate/redenen/kosten.rs): whether a cost item fits the
# scheme, and which ground for refusal decides.

## Names of costs. $soort and $apparaat: the id from the answers.
kosten-soort = { $soort ->
    [medisch] العلاج الطبي
    [witgoed] الأجهزة المنزلية الكبيرة
    [computer] الحاسوب
    [babyuitzet] مستلزمات المولود
    [uitvaart] الجنازة
    [bewindvoering] الوصاية المالية
    [reiskosten] التنقل
    [kinderopvang] حضانة الأطفال
    [verhuizing] الانتقال إلى بيت آخر
    [afval] رسوم النفايات
    [waarborgsom] مبلغ الضمان للإيجار
    [alimentatie] النفقة
    [boete] الغرامة
    [schade] الأضرار
    [schuldaflossing] سداد الديون
    [huurschuld] ديون الإيجار
    [energieschuld] ديون الطاقة
    [budgetbeheer] إدارة الميزانية
    [leges_verblijfsvergunning] رسوم تصريح الإقامة
    [naturalisatie] التجنيس
    [eigen_risico] المبلغ الذاتي في التأمين الصحي (eigen risico)
   *[overig] أمور أخرى
}
kosten-apparaat = { $apparaat ->
    [wasmachine] الغسالة
    [koelkast] الثلاجة
   *[kookapparatuur] أجهزة الطبخ
}
# Names one after another: "a or b or c", "a and b and c", "a, b, c".
kosten-reeks-of = { $eerste } أو { $rest }
kosten-reeks-en = { $eerste } و{ $rest }
kosten-reeks-komma = { $eerste }، { $rest }

## Whether the costs fit the scheme
kosten-onbekend = لا نعرف بعد هل لديكم تكاليف من أجل { $waarvoor }.
kosten-alleen-al-betaald = هذا البرنامج للتكاليف الصغيرة التي دفعتموها بالفعل. أما التكاليف التي لم تدفعوها بعد، فتطلبونها مسبقًا كمساعدة خاصة (bijzondere bijstand).
kosten-niet-klein = تكاليفكم من أجل { $wat } { $aantal ->
        [one] أعلى
       *[other] كل واحدة منها أعلى
    } من { $max }: هذه ليست تكاليف صغيرة.
kosten-geen-opgegeven = لم تُدخلوا أي تكاليف من أجل { $waarvoor }.
kosten-bedragen-ontbreken = أدخلوا المبلغ لكل بند من التكاليف.
kosten-totaal-al-betaald = مجموع التكاليف الصغيرة التي دفعتموها بالفعل هو { $totaal }؛ والحد هو { $max } في كل سنة تقويمية. أما التكاليف التي لم تدفعوها بعد، فتطلبونها مسبقًا كمساعدة خاصة (bijzondere bijstand).
kosten-totaal = مجموع تكاليفكم هو { $totaal }؛ والحد هو { $max } في كل سنة تقويمية.
kosten-passen = تكاليفكم من أجل { $wat } تناسب هذا البرنامج.
kosten-passen-afwijzingsgrond = تكاليفكم من أجل { $waarvoor } تناسب هذا البرنامج، لكن أحد أسباب الرفض في هذا البرنامج هو الذي يحدد هل تستطيع البلدية أن تدفع هذه التكاليف.

## What a cost item lacks or what does not fit
kosten-apparaat-ontbreekt = أخبرونا ما هو الجهاز ({ $items }).
kosten-ander-apparaat = هذا البرنامج يشمل { $items }، وليس { $wat }.
kosten-vervanging-ontbreekt = أخبرونا هل { $wat } بديل عن جهاز قديم.
kosten-geen-vervanging = يتعلق الأمر بشراء { $wat } لأول مرة أو بإصلاح الجهاز؛ وهذا البرنامج يشمل فقط استبدال جهاز قديم.
kosten-jaren-ontbreekt = أخبرونا قبل كم سنة حصلتم على تعويض من أجل { $wat }، أو أخبرونا أن هذه هي المرة الأولى.
kosten-te-recent = حصلتم بالفعل على تعويض من أجل { $wat } قبل { $jaren ->
    [zero] أقل من سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $jaren } سنوات
    [many] { $jaren } سنة
   *[other] { $jaren } سنة
}. هذا ممكن مرة واحدة كل { $minimaal ->
    [one] سنة
    [two] سنتين
    [few] { $minimaal } سنوات
    [many] { $minimaal } سنة
   *[other] { $minimaal } سنة
}.
kosten-kinderen-tellen-mee-ontbreekt = أخبرونا هل حصلتم على حاسوب عن طريق مؤسسة Kinderen tellen mee خلال آخر 60 شهرًا.
kosten-eerste-kind-ontbreekt = أخبرونا هل مستلزمات المولود لطفلكم الأول.
kosten-niet-eerste-kind = مستلزمات المولود ممكنة فقط للطفل الأول: أما للطفل التالي فتكون الأغراض موجودة في العادة.
kosten-overledene-ontbreekt = أخبرونا من هو الشخص المتوفى.
kosten-andere-overledene = من حيث المبدأ لا توجد مساعدة خاصة (bijzondere bijstand) لجنازة شخص غير شريك حياتكم أو طفلكم أو أحد والديكم: تُدفع التكاليف من التركة (الميراث).
kosten-wsnp-ontbreekt = أخبرونا هل الوصاية المالية (bewind) جزء من التسوية القانونية للديون (schuldsanering، WSNP).
kosten-wsnp = لا يمكن الحصول على مساعدة خاصة (bijzondere bijstand) للوصاية المالية (bewindvoering) ضمن التسوية القانونية للديون (schuldsanering، WSNP): هذه التكاليف تُدفع بطريقة أخرى.
kosten-reisdoel-ontbreekt = أخبرونا ما هو هدف تنقلكم.
kosten-ander-reisdoel = تُعوَّض تكاليف التنقل فقط لزيارة طبيب أو أخصائي خارج البلدية، أو لزيارة قريب من الدرجة الأولى (أحد الوالدين أو طفل) في المستشفى أو السجن، أو للذهاب إلى مدرسة لا يمكن أن تكون قريبة، أو لإعادة الاندماج في العمل (re-integratie). التنقلات الأخرى تدفعونها من معيار المساعدة الاجتماعية (bijstandsnorm).
kosten-afstand-ontbreekt = أخبرونا كم كيلومترًا طول الرحلة في اتجاه واحد.
kosten-korte-reis = طول الرحلة في اتجاه واحد { $km } كم. الحد هو { $minimaal } كم؛ وتحت هذا الحد يمكن التعويض فقط في حالة مشاكل صحية أو وضع خاص.
kosten-dreiging-ontbreekt = أخبرونا هل يهددكم الطرد من البيت أو قطع الغاز أو الماء أو الكهرباء.
kosten-geen-dreiging = القرض لهذا الدين ممكن فقط لمنع الطرد من البيت أو قطع الغاز أو الماء أو الكهرباء، إذا كان ذلك يهددكم.
kosten-opvangreden-ontbreekt = أخبرونا لماذا تحتاجون إلى حضانة الأطفال.
kosten-andere-opvangreden = المساعدة الخاصة (bijzondere bijstand) لحضانة الأطفال ممكنة في حالة إعادة الاندماج في العمل (re-integratie) أو الاندماج المدني (inburgering)، أو بعد الانتقال من المساعدة الاجتماعية إلى العمل، أو مع توصية اجتماعية طبية (sociaal-medische indicatie).
kosten-via-kinderen-tellen-mee = حصلتم بالفعل على حاسوب عن طريق مؤسسة Kinderen tellen mee خلال آخر 60 شهرًا.

## Grounds for refusal. $wat: a cost item in words (afwijzing-kost).
afwijzing-kost = { $soort ->
    [alimentatie] النفقة
    [boete] الغرامة
    [schade] الأضرار
    [schuldaflossing] سداد الديون
    [huurschuld] ديون الإيجار
    [energieschuld] ديون الغاز أو الماء أو الكهرباء
    [naturalisatie] التجنيس
    [eigen_risico] المبلغ الذاتي في تأمينكم الصحي (eigen risico)
   *[other] هذه التكاليف ({ kosten-soort })
}
afwijzing-kosten-onbekend = لا نعرف بعد ما هي تكاليفكم.
afwijzing-geen-kosten = لم تُدخلوا أي تكاليف: لذلك لا يوجد الآن شيء تطلبونه. إذا كانت لديكم تكاليف ضرورية لا تستطيعون دفعها بأنفسكم، فأدخلوها.
afwijzing-niets-getoetst = لا توجد تكاليف يفحصها هذا البرنامج حسب أسباب الرفض.
afwijzing-nooit = لا تعطي البلدية أبدًا مساعدة خاصة (bijzondere bijstand) من أجل { $wat }، حتى في حالة الطوارئ.
afwijzing-uitgesloten = لا يمكن الحصول على مساعدة خاصة (bijzondere bijstand) من أجل { $wat }. فقط لأسباب عاجلة جدًا، مثل حالة طوارئ حادة، يمكن للبلدية أن تقوم باستثناء.
afwijzing-zeer-dringend-ontbreekt = من حيث المبدأ لا يمكن الحصول على مساعدة خاصة (bijzondere bijstand) من أجل { $wat }. أخبرونا هل توجد حالة طوارئ حادة: فقط في هذه الحالة يمكن للبلدية أن تقوم باستثناء.
afwijzing-zeer-dringend = من حيث المبدأ لا يمكن الحصول على مساعدة خاصة (bijzondere bijstand) من أجل { $wat }. أنتم تقولون إن هناك حالة طوارئ حادة: في هذه الحالة يمكن للبلدية أن تقوم باستثناء (أسباب عاجلة جدًا، المادة 16). البلدية تقرر ذلك بنفسها بعد محادثة معكم. اطلبوا محادثة شخصية مع البلدية (keukentafelgesprek).
afwijzing-al-betaald-nooit = لقد دفعتم { $wat } بالفعل. البلدية لا تعطي مساعدة خاصة (bijzondere bijstand) لتكاليف من قبل تقديم الطلب.
afwijzing-al-betaald = لقد دفعتم { $wat } بالفعل. من حيث المبدأ لا يمكن الحصول على مساعدة خاصة (bijzondere bijstand) لتكاليف من قبل تقديم الطلب؛ البلدية هي التي تقرر.
afwijzing-voorliggend-ontbreekt = أخبرونا هل يدفع برنامج آخر، مثل تأمينكم الصحي أو إعانة حضانة الأطفال (kinderopvangtoeslag)، { $wat } بالكامل.
afwijzing-voorliggend = برنامج آخر يدفع { $wat } بالفعل. هذا البرنامج الآخر له الأولوية (voorliggende voorziening)؛ لذلك لا حاجة إلى المساعدة الخاصة (bijzondere bijstand) لهذا الغرض.
afwijzing-geen-van-deze = تكاليفكم لا تشمل { $namen }: البلدية لا تعطي مساعدة خاصة (bijzondere bijstand) لهذه الأمور.
afwijzing-geen = لا تندرج أي من تكاليفكم تحت أسباب رفض المساعدة الخاصة (bijzondere bijstand).
afwijzing-andere-kosten = لا ينطبق أي من أسباب الرفض هذه على تكاليفكم الأخرى.
