# The estimated amount, the means (draagkracht) and what they leave special assistance to pay
# (src/evaluate/bedrag.rs, woning.rs, vergoeding.rs, specifiek.rs), the margin (marge.rs) and who
# applies (rollen.rs).

## Amount: a percentage of the norm per year
bedrag-norm-onbekend = يعتمد المبلغ على المعيار بتاريخ { $januari }، ونحن لا نعرف هذا المعيار.
# $vakantietoeslag: inclusief or zonder; $afronding: hele_euros or centen.
bedrag-gehuwden = المبلغ للمتزوجين هو { $procent } من معيار المساعدة الاجتماعية للمتزوجين على أساس سنوي: { $jaarbedrag }{ $afronding ->
    [hele_euros] {" "}(مقرَّبًا إلى أعلى لأقرب يورو كامل)
   *[centen] {""}
}. معيار المتزوجين هو { $maandnorm } في الشهر { $vakantietoeslag ->
    [inclusief] مع
   *[zonder] بدون
} بدل العطلة (vakantietoeslag)، وهو المعيار بتاريخ { $normdatum }.
bedrag-norm-ouder = يحسب البرنامج بالمعيار بتاريخ { $januari }. هذا المعيار غير موجود بعد في أداة الحساب هذه؛ لذلك نحسب بالمعيار بتاريخ { $normdatum }. ولهذا فالمبلغ تقديري.
bedrag-geschat = المبلغ التقديري لكم: { $bedrag } في السنة. بالنسبة إلى { leefvorm } هذا يساوي { $deel } من مبلغ المتزوجين.
bedrag-gezinssituatie = يعتمد المبلغ على وضع أسرتكم.
bedrag-partner-recht-aangenomen = إذا لم يكن لدى شريك حياتكم تصريح إقامة ساري المفعول (verblijfstitel)، أو كان في السجن أو الاحتجاز (detentie)، فإنكم تحصلون على مبلغ الشخص بلا شريك حياة أو مبلغ أحد الوالدين بلا شريك حياة (المادة 7.4.3 الفقرة 2). لم يتم إدخال ذلك بعد؛ لذلك نحسب بمبلغ المتزوجين.
bedrag-partner-voldoet-niet = شريك حياتكم لا يستوفي كل الشروط. تحصلون على هذا فقط إذا لم يكن لشريك حياتكم حق في المساعدة الاجتماعية (bijstand)، أي إذا لم يكن لديه تصريح إقامة ساري المفعول (verblijfstitel)، أو كان في السجن أو الاحتجاز (detentie). وعندها تحصلون على مبلغ الشخص بلا شريك حياة أو أحد الوالدين بلا شريك حياة (المادة 7.4.3 الفقرة 2).
bedrag-partner-zonder-recht = ليس لشريك حياتكم حق في المساعدة الاجتماعية (bijstand)، لأنه ليس لديه تصريح إقامة ساري المفعول (verblijfstitel)، أو لأنه في السجن أو الاحتجاز (detentie). لذلك تحصلون على مبلغ الشخص بلا شريك حياة أو أحد الوالدين بلا شريك حياة (المادة 7.4.3 الفقرة 2).

## Amount: fixed, or in a document we do not have
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
bedrag-vast = { $maximaal ->
    [ja] حتى { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] في الشهر
    [jaar] في السنة
   *[eenmalig] مرة واحدة
}.
bedrag-in-document = المبلغ الذي تحصلون عليه مذكور في: { $document }. هذه الأداة لا تحسبه. ستخبركم البلدية بالمبلغ.

## Means (draagkracht)
draagkracht-in-document = المبلغ الذي يجب أن تدفعوه بأنفسكم (draagkracht) مذكور في: { $document }. هذه الأداة لا تحسبه. ستحسب البلدية هذا المبلغ لكم.
draagkracht-schuldregeling = أنتم في تسوية قانونية للديون (schuldsanering، Wsnp) أو في تسوية ودية للديون (minnelijke schuldregeling) عن طريق بنك الائتمان (kredietbank، Stadsbank). ما دامت هذه التسوية مستمرة، ليست لديكم قدرة على الدفع (draagkracht): لا يجب أن تدفعوا شيئًا بأنفسكم.
draagkracht-aow-onbekend = إذا كنتم تحصلون بالفعل على معاش الدولة للتقاعد (AOW)، تحسب البلدية قدرتكم على الدفع (draagkracht) على مدى { $aow_maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $aow_maanden } أشهر
    [many] { $aow_maanden } شهرًا
   *[other] { $aow_maanden } شهر
}، وإلا فعلى مدى { $maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $maanden } أشهر
    [many] { $maanden } شهرًا
   *[other] { $maanden } شهر
}. من عمركم بالسنوات فقط لا نستطيع أن نعرف هل بلغتم سن التقاعد الحكومي (AOW-leeftijd).
# $vermogen: ja if assets above the limit count, else nee; $nodig: a list.
draagkracht-nog-nodig = قدرتكم على الدفع (draagkracht) هي { $inkomen_procent } من الجزء من دخلكم الذي يزيد على { $boven_procent } من معيار المساعدة الاجتماعية (bijstandsnorm)، على مدى { $maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $maanden } أشهر
    [many] { $maanden } شهرًا
   *[other] { $maanden } شهر
}{ $vermogen ->
    [ja] ، إضافة إلى الجزء الذي يُحسب من أموالكم وممتلكاتكم (vermogen)
   *[nee] {""}
}. لحسابها نحتاج بعد إلى معرفة: { $nodig }.
draagkracht-berekend = دخلكم أعلى من { $procent } من معيار المساعدة الاجتماعية (bijstandsnorm)، أي أعلى من { $grens }. في هذه الحالة تحسب البلدية كم كان بإمكانكم أن تدّخروا، حسب دخلكم ومصاريفكم الحقيقية في آخر 36 شهرًا. لا نستطيع أن نحسب ذلك لكم.
draagkracht-spaargeld-genoeg = لكن المدخرات التي تُحسب دائمًا ({ $spaargeld }) تكفي وحدها لتكاليفكم.
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag), or nee if none
# count; $vrijlating: the amount left free under [bedrag].
draagkracht-bedrag = قدرتكم على الدفع (draagkracht) هي { $draagkracht }: أي { $inkomen_procent } من الجزء من دخلكم الذي يزيد على { $grens }، على مدى { $maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $maanden } أشهر
    [many] { $maanden } شهرًا
   *[other] { $maanden } شهر
}{ $vermogen ->
    [vermogensgrens] ، إضافة إلى الجزء من أموالكم وممتلكاتكم الذي يزيد على الحد الأقصى المسموح به (vermogensgrens)، وهو { $vermogensdeel }
    [alles] ، إضافة إلى كل مدخراتكم وأموالكم في البنك، وهي { $vermogensdeel }
    [norm] ، إضافة إلى أموالكم في البنك التي تزيد على معيار المساعدة الاجتماعية مع بدل العطلة، وهي { $vermogensdeel }
    [bedrag] ، إضافة إلى مدخراتكم وأموالكم النقدية التي تزيد على { $vrijlating }، أو كل أموالكم وممتلكاتكم التي تزيد على الحد الأقصى المسموح به (vermogensgrens)، بما في ذلك بيتكم، إذا كان هذا أكثر. وهذا الجزء هو { $vermogensdeel }
   *[nee] {""}
}. المبلغ { $grens } هو { $boven_procent } من معيار المساعدة الاجتماعية (bijstandsnorm) البالغ { $norm }، حسب المعيار بتاريخ { $normdatum }. مبلغ قدرتكم على الدفع تدفعونه بأنفسكم؛ والمساعدة الخاصة (bijzondere bijstand) يمكن أن تدفع ما تحتاجونه فوق ذلك.
draagkracht-schuldregeling-open = هل أنتم في تسوية قانونية للديون (schuldsanering، Wsnp) أو في تسوية ودية للديون (minnelijke schuldregeling) عن طريق بنك الائتمان (kredietbank، Stadsbank)؟ إذن ليست لديكم قدرة على الدفع (draagkracht) ما دامت هذه التسوية مستمرة.
draagkracht-zorgkosten = بالنسبة إلى التكاليف الطبية، قدرتكم على الدفع (draagkracht) هي { $draagkracht } على مدى { $maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $maanden } أشهر
    [many] { $maanden } شهرًا
   *[other] { $maanden } شهر
}: حتى { $tot_procent } من المعيار يُخصم منها { $verlaging } على الأكثر.
draagkracht-op-bijstand = أنتم تحصلون على المساعدة الاجتماعية (bijstand). في هذه الحالة يمكن للبلدية أن تفترض أنه ليست لديكم قدرة على الدفع (draagkracht)؛ والمدخرات من الإعانة تبقى معفاة. لذلك فإن القدرة على الدفع المذكورة أعلاه هي أعلى ما يمكن أن تكون.
draagkracht-bijstand-open = هل تحصلون على إعانة المساعدة الاجتماعية (bijstandsuitkering)؟ في هذه الحالة يمكن للبلدية أن تفترض أنه ليست لديكم قدرة على الدفع (draagkracht).
draagkracht-kosten-zonder-bedrag = لا نعرف بعد مبلغ تكلفة واحدة أو أكثر من تكاليفكم؛ لذلك لا نقدّر هذه التكاليف.

## Own home above the limit (Montferland 003 par. 5.10)
woning-precies-grens = لديكم في بيتكم الخاص أموال (vermogen) تزيد على الحد. تقديرنا للمساعدة لكل تكاليفكم معًا هو { $grens } بالضبط في السنة، أي الحد نفسه: البلدية هي التي تقيّم ذلك.
woning-onder-grens = لديكم في بيتكم الخاص أموال (vermogen) تزيد على الحد. لأن المساعدة لكل تكاليفكم معًا أقل من { $grens } في السنة (التقدير: { $totaal })، تمنحها البلدية دون بحث إضافي.
woning-boven-grens = لديكم في بيتكم الخاص أموال (vermogen) تزيد على الحد. تقديرنا للمساعدة لكل تكاليفكم معًا هو { $totaal } في السنة. إذا كانت المساعدة أكثر من { $grens } في السنة، ترفض البلدية الطلب، إلا إذا لم يكن من المعقول أن يُطلب منكم بيع بيتكم أو أخذ قرض (إضافي) عليه. البلدية هي التي تقيّم ذلك.

## What special assistance pays
vergoeding-gedekt = تكاليفكم ({ $kosten }) ليست أعلى من قدرتكم على الدفع (draagkracht) ({ $draagkracht }). ما تستطيعون دفعه بأنفسكم لا تدفعه المساعدة الخاصة (bijzondere bijstand).
vergoeding-een-keer = قدرتكم على الدفع (draagkracht) تُحسب مرة واحدة فقط لكل تكاليفكم معًا. استُخدم منها { $gebruikt } بالفعل لتكاليف في برنامج مذكور أعلاه؛ وهنا يُحسب ما بقي: { $over }.
# $soort: the kind of cost (a list of one); $naam and $kruimel: names of schemes.
vergoeding-eigen-regeling-nee-kruimel = لتكاليفكم من أجل { $soort } لدى البلدية برنامج خاص بها: «{ $naam }». هذا البرنامج لا يدفع هذه التكاليف لكم، لذلك لا يدفعها هذا البرنامج أيضًا. لكن ربما يدفعها البرنامج «{ $kruimel }» كتكاليف صغيرة بعد أن تدفعوها.
vergoeding-eigen-regeling-nee = لتكاليفكم من أجل { $soort } لدى البلدية برنامج خاص بها: «{ $naam }». هذا البرنامج لا يدفع هذه التكاليف لكم، لذلك لا يدفعها هذا البرنامج أيضًا.
vergoeding-eigen-regeling = لتكاليفكم من أجل { $soort } لدى البلدية برنامج خاص بها: «{ $naam }». هذا البرنامج يحدد هل تدفع البلدية هذه التكاليف وكيف. اطّلعوا عليه هناك.
vergoeding-alle-eigen-regeling-nee = كل تكاليفكم تندرج تحت برنامج خاص بالبلدية، وذلك البرنامج لا يدفعها. لذلك لا يدفعها هذا البرنامج العام أيضًا.

## The margin. $richting: meer or minder; $status: ja, misschien or nee.
marge-stap = إذا كان دخلكم { $richting ->
    [meer] أكثر
   *[minder] أقل
} بمقدار { $verschil } في الشهر، تصبح النتيجة «{ $status ->
    [ja] على الأرجح نعم
    [misschien] ربما
   *[nee] على الأرجح لا
}».

## Who applies
rol-partner-vraagt-aan-als-alleenstaande = ليس لكم أنتم حق في المساعدة الاجتماعية (bijstand)، لأنه ليس لديكم تصريح إقامة ساري المفعول (verblijfstitel) أو لأنكم في السجن أو الاحتجاز (detentie)، لكن لشريك حياتكم هذا الحق. في هذه الحالة يمكن لشريك حياتكم أن يطلب هذا، بمبلغ الشخص بلا شريك حياة (أو أحد الوالدين بلا شريك حياة). حيث يخاطبكم النص أدناه، فالمقصود هو شريك حياتكم.
rol-partner-vraagt-aan = لا يمكنكم أن تطلبوا هذا بأنفسكم، لأنه ليس لديكم تصريح إقامة ساري المفعول (verblijfstitel)، أو لأنكم في السجن أو الاحتجاز (detentie)، أو لأن عمركم أقل من 18 سنة. لكن شريك حياتكم يستطيع ذلك. حيث يخاطبكم النص أدناه، فالمقصود هو شريك حياتكم.
