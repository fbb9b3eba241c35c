# The reasons of a condition (src/evaluate/redenen/mod.rs), with the numbers that decided it.

groep-alle = يجب استيفاء كل هذه الشروط:
groep-een-van = يجب استيفاء شرط واحد من هذه الشروط:

## Assets
vermogen-grenzen = الحد الأقصى للأموال والممتلكات (vermogensgrens) هو { $alleenstaande } لشخص بلا شريك حياة، و{ $gehuwden } للمتزوجين ولأحد الوالدين بلا شريك حياة.
vermogen-niet-hoger = أموالكم وممتلكاتكم (vermogen) ليست أعلى من الحد.
vermogen-hoger = أموالكم وممتلكاتكم (vermogen) أعلى من الحد.
vermogen-geen-buffer = أموالكم وممتلكاتكم (vermogen) أقل من الحد: ليس لديكم احتياطي مالي جيد.
vermogen-buffer-beoordeeld = أموالكم وممتلكاتكم (vermogen) تساوي الحد أو أكثر: في هذه الحالة لديكم احتياطي مالي جيد.
vermogen-buffer = أموالكم وممتلكاتكم (vermogen) تساوي الحد أو أكثر: في هذه الحالة لديكم احتياطي مالي جيد، وهذا البرنامج ليس لكم.
vermogen-boven-elke-grens = مجموع أموالكم وممتلكاتكم (vermogen) هو { $vermogen }: وهذا أكثر من كل الحدود القصوى للأموال والممتلكات (vermogensgrens).
vermogen-woning-onbekend = لا نعرف بعد هل لديكم بيت تملكونه، أو كم قيمته.
vermogen-onbekend = لا نعرف بعد مجموع أموالكم وممتلكاتكم (vermogen).
vermogen-met-grens = مجموع أموالكم وممتلكاتكم (vermogen) هو { $vermogen }. الحد الأقصى للأموال والممتلكات (vermogensgrens) بالنسبة إلى { leefvorm } هو { $grens }.
vermogen-woning-met-grens = مجموع أموالكم وممتلكاتكم (vermogen) هو { $vermogen }، مع الجزء الذي يُحسب من قيمة بيتكم بعد خصم قرض السكن (overwaarde)، أي ما يزيد على { $vrij }. الحد الأقصى للأموال والممتلكات (vermogensgrens) بالنسبة إلى { leefvorm } هو { $grens }.
vermogen-bedrag = مجموع أموالكم وممتلكاتكم (vermogen) هو { $vermogen }.
vermogen-woning-bedrag = مجموع أموالكم وممتلكاتكم (vermogen) هو { $vermogen }، مع الجزء الذي يُحسب من قيمة بيتكم بعد خصم قرض السكن (overwaarde)، أي ما يزيد على { $vrij }.

## Age
leeftijd-u = { $jaar ->
    [one] عمركم سنة واحدة.
    [two] عمركم سنتان.
    [few] عمركم { $jaar } سنوات.
   *[other] عمركم { $jaar } سنة.
}
leeftijd-u-onbekend = لا نعرف عمركم بعد.
leeftijd-partner = { $jaar ->
    [one] عمر شريك حياتكم سنة واحدة.
    [two] عمر شريك حياتكم سنتان.
    [few] عمر شريك حياتكم { $jaar } سنوات.
   *[other] عمر شريك حياتكم { $jaar } سنة.
}
leeftijd-partner-onbekend = لا نعرف عمر شريك حياتكم بعد.
leeftijdsgrens = الحد العمري هو: { $delen }.
leeftijd-vanaf = من سن { $jaar }
leeftijd-tot-en-met = حتى سن { $jaar } (بما في ذلك عمر { $jaar })
leeftijd-onder-aow = { $maanden ->
    [0] تحت سن التقاعد الحكومي (AOW-leeftijd: { $jaren } سنة)
    [one] تحت سن التقاعد الحكومي (AOW-leeftijd: { $jaren } سنة وشهر واحد)
    [two] تحت سن التقاعد الحكومي (AOW-leeftijd: { $jaren } سنة وشهران)
    [few] تحت سن التقاعد الحكومي (AOW-leeftijd: { $jaren } سنة و{ $maanden } أشهر)
   *[other] تحت سن التقاعد الحكومي (AOW-leeftijd: { $jaren } سنة و{ $maanden } شهرًا)
}
leeftijd-onder-aow-onbekend = تحت سن التقاعد الحكومي (AOW-leeftijd)
leeftijd-een-van-beiden = يكفي أن تستوفوا أنتم أو شريك حياتكم هذا الشرط.

## Children
kinderen-onbekend = لا نعرف بعد هل يعيش معكم أطفال تحت سن 18.
kinderen-bereik-onbekend = لا نعرف بعد هل يعيش معكم أطفال من سن { $vanaf } حتى سن { $tot_en_met }.
kinderen-aantal = { $aantal ->
    [0] لا يعيش معكم أي طفل تحت سن 18.
    [one] يعيش معكم طفل واحد تحت سن 18.
    [two] يعيش معكم طفلان تحت سن 18.
    [few] يعيش معكم { $aantal } أطفال تحت سن 18.
    [many] يعيش معكم { $aantal } طفلًا تحت سن 18.
   *[other] يعيش معكم { $aantal } طفل تحت سن 18.
}
kinderen-bereik-aantal = { $aantal ->
    [0] لا يعيش معكم أي طفل من سن { $vanaf } حتى سن { $tot_en_met }.
    [one] يعيش معكم طفل واحد من سن { $vanaf } حتى سن { $tot_en_met }.
    [two] يعيش معكم طفلان من سن { $vanaf } حتى سن { $tot_en_met }.
    [few] يعيش معكم { $aantal } أطفال من سن { $vanaf } حتى سن { $tot_en_met }.
    [many] يعيش معكم { $aantal } طفلًا من سن { $vanaf } حتى سن { $tot_en_met }.
   *[other] يعيش معكم { $aantal } طفل من سن { $vanaf } حتى سن { $tot_en_met }.
}

## Low income and cost-sharers
laag-inkomen-maanden = لديكم دخل منخفض منذ { $maanden ->
    [one] شهر واحد
    [two] شهرين
    [few] { $maanden } أشهر
    [many] { $maanden } شهرًا
   *[other] { $maanden } شهر
}. المطلوب على الأقل: { $minimaal ->
    [one] شهر واحد
    [two] شهران
    [few] { $minimaal } أشهر
    [many] { $minimaal } شهرًا
   *[other] { $minimaal } شهر
} بدون انقطاع.
laag-inkomen-onbekend = لا نعرف بعد منذ متى لديكم دخل منخفض. المطلوب على الأقل: { $minimaal ->
    [one] شهر واحد
    [two] شهران
    [few] { $minimaal } أشهر
    [many] { $minimaal } شهرًا
   *[other] { $minimaal } شهر
} بدون انقطاع.
kostendelers-wel = يسكن معكم بالغون عمرهم 27 سنة أو أكثر يُحسبون كأشخاص يتقاسمون التكاليف (kostendelers): عدد البالغين الذين يتقاسمون التكاليف معًا هو { $aantal }. لذلك يكون معيار المساعدة الاجتماعية (bijstandsnorm) الخاص بكم أقل (معيار تقاسم التكاليف، kostendelersnorm).
kostendelers-geen = لا يسكن معكم بالغون آخرون يُحسبون كأشخاص يتقاسمون التكاليف (kostendelers).
kostendelers-onbekend = لا نعرف بعد من يسكن معكم أيضًا.

## Yes or no. $wie: u or partner; $aanname: ja if the answer is an assumption.
-aanname-begin = لم يتم إدخال هذا بعد؛ نفترض ما يلي:
-aanname-eind = إذا كان الأمر غير ذلك، فقد تكون النتيجة مختلفة.
wie-naam = { $wie ->
    [partner] شريك حياتكم
   *[u] أنتم
}
janee-open = لا نعرف بعد { $vraag }.
janee-student-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] شريك حياتكم يتابع دراسة قد تعطيه حقًا في التمويل الدراسي (studiefinanciering) أو WTOS، أو كان يتابعها خلال آخر 12 شهرًا.
       *[u] أنتم تتابعون دراسة قد تعطيكم حقًا في التمويل الدراسي (studiefinanciering) أو WTOS، أو كنتم تتابعونها خلال آخر 12 شهرًا.
    } لذلك من المتوقع أن يرتفع الدخل في المستقبل. { -aanname-eind }
   *[nee] { $wie ->
        [partner] شريك حياتكم يتابع دراسة قد تعطيه حقًا في التمويل الدراسي (studiefinanciering) أو WTOS، أو كان يتابعها خلال آخر 12 شهرًا.
       *[u] أنتم تتابعون دراسة قد تعطيكم حقًا في التمويل الدراسي (studiefinanciering) أو WTOS، أو كنتم تتابعونها خلال آخر 12 شهرًا.
    } لذلك من المتوقع أن يرتفع الدخل في المستقبل.
}
janee-student-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] شريك حياتكم لم يتابع خلال آخر 12 شهرًا أي دراسة قد تعطيه حقًا في التمويل الدراسي (studiefinanciering) أو WTOS.
       *[u] أنتم لم تتابعوا خلال آخر 12 شهرًا أي دراسة قد تعطيكم حقًا في التمويل الدراسي (studiefinanciering) أو WTOS.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] شريك حياتكم لم يتابع خلال آخر 12 شهرًا أي دراسة قد تعطيه حقًا في التمويل الدراسي (studiefinanciering) أو WTOS.
       *[u] أنتم لم تتابعوا خلال آخر 12 شهرًا أي دراسة قد تعطيكم حقًا في التمويل الدراسي (studiefinanciering) أو WTOS.
    }
}
janee-chronisch-ziek-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] لدى شريك حياتكم مرض مزمن أو إعاقة.
       *[u] لديكم مرض مزمن أو إعاقة.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] لدى شريك حياتكم مرض مزمن أو إعاقة.
       *[u] لديكم مرض مزمن أو إعاقة.
    }
}
janee-chronisch-ziek-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] ليس لدى شريك حياتكم مرض مزمن ولا إعاقة.
       *[u] ليس لديكم مرض مزمن ولا إعاقة.
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] ليس لدى شريك حياتكم مرض مزمن ولا إعاقة.
       *[u] ليس لديكم مرض مزمن ولا إعاقة.
    }
}
janee-verblijfstitel-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] لدى شريك حياتكم تصريح إقامة ساري المفعول (verblijfstitel).
       *[u] لديكم تصريح إقامة ساري المفعول (verblijfstitel).
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] لدى شريك حياتكم تصريح إقامة ساري المفعول (verblijfstitel).
       *[u] لديكم تصريح إقامة ساري المفعول (verblijfstitel).
    }
}
janee-verblijfstitel-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] ليس لدى شريك حياتكم تصريح إقامة ساري المفعول (verblijfstitel).
       *[u] ليس لديكم تصريح إقامة ساري المفعول (verblijfstitel).
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] ليس لدى شريك حياتكم تصريح إقامة ساري المفعول (verblijfstitel).
       *[u] ليس لديكم تصريح إقامة ساري المفعول (verblijfstitel).
    }
}
janee-gedetineerd-ja = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] شريك حياتكم في السجن أو الاحتجاز (detentie).
       *[u] أنتم في السجن أو الاحتجاز (detentie).
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] شريك حياتكم في السجن أو الاحتجاز (detentie).
       *[u] أنتم في السجن أو الاحتجاز (detentie).
    }
}
janee-gedetineerd-nee = { $aanname ->
    [ja] { -aanname-begin } { $wie ->
        [partner] شريك حياتكم ليس في السجن أو الاحتجاز (detentie).
       *[u] أنتم لستم في السجن أو الاحتجاز (detentie).
    } { -aanname-eind }
   *[nee] { $wie ->
        [partner] شريك حياتكم ليس في السجن أو الاحتجاز (detentie).
       *[u] أنتم لستم في السجن أو الاحتجاز (detentie).
    }
}
janee-schulden-ja = { $aanname ->
    [ja] { -aanname-begin } لديكم ديون أو متأخرات في الدفع لا تستطيعون حلّها بأنفسكم. { -aanname-eind }
   *[nee] لديكم ديون أو متأخرات في الدفع لا تستطيعون حلّها بأنفسكم.
}
janee-schulden-nee = { $aanname ->
    [ja] { -aanname-begin } ليست لديكم ديون لا تستطيعون دفعها. { -aanname-eind }
   *[nee] ليست لديكم ديون لا تستطيعون دفعها.
}
janee-inkomenstoeslag-gehad-ja = { $aanname ->
    [ja] { -aanname-begin } حصلتم بالفعل خلال آخر 12 شهرًا على الإعانة الفردية لدعم الدخل (individuele inkomenstoeslag). هذه الإعانة ممكنة مرة واحدة كل 12 شهرًا. { -aanname-eind }
   *[nee] حصلتم بالفعل خلال آخر 12 شهرًا على الإعانة الفردية لدعم الدخل (individuele inkomenstoeslag). هذه الإعانة ممكنة مرة واحدة كل 12 شهرًا.
}
janee-inkomenstoeslag-gehad-nee = { $aanname ->
    [ja] { -aanname-begin } لم تحصلوا خلال آخر 12 شهرًا على الإعانة الفردية لدعم الدخل (individuele inkomenstoeslag). { -aanname-eind }
   *[nee] لم تحصلوا خلال آخر 12 شهرًا على الإعانة الفردية لدعم الدخل (individuele inkomenstoeslag).
}
janee-heeft-partner-ja = لديكم شريك حياة.
janee-heeft-partner-nee = ليس لديكم شريك حياة.
janee-partner-elders-ja = أنتم متزوجون أو لديكم شراكة مسجلة (geregistreerd partnerschap)، لكن شريك حياتكم يسكن في مكان آخر.
janee-partner-elders-nee = شريك حياتكم يسكن معكم.
janee-eigen-woning-ja = لديكم بيت تملكونه.
janee-eigen-woning-nee = ليس لديكم بيت تملكونه.
janee-beperking-huisgenoot-ja = { $aanname ->
    [ja] { -aanname-begin } لدى شخص آخر في أسرتكم إعاقة أو مشكلة مزمنة (نفسية أو نفسية اجتماعية). { -aanname-eind }
   *[nee] لدى شخص آخر في أسرتكم إعاقة أو مشكلة مزمنة (نفسية أو نفسية اجتماعية).
}
janee-beperking-huisgenoot-nee = { $aanname ->
    [ja] { -aanname-begin } لا يوجد شخص آخر في أسرتكم لديه إعاقة أو مشكلة مزمنة. { -aanname-eind }
   *[nee] لا يوجد شخص آخر في أسرتكم لديه إعاقة أو مشكلة مزمنة.
}
janee-zelfstandig-ja = { $aanname ->
    [ja] { -aanname-begin } تديرون بيتًا خاصًا بكم (eigen huishouding). { -aanname-eind }
   *[nee] تديرون بيتًا خاصًا بكم (eigen huishouding).
}
janee-zelfstandig-nee = { $aanname ->
    [ja] { -aanname-begin } لا تديرون بيتًا خاصًا بكم (eigen huishouding). هذا البرنامج لمن يسكن بشكل مستقل. { -aanname-eind }
   *[nee] لا تديرون بيتًا خاصًا بكم (eigen huishouding). هذا البرنامج لمن يسكن بشكل مستقل.
}
janee-schuldregeling-ja = { $aanname ->
    [ja] { -aanname-begin } أنتم في تسوية قانونية للديون (schuldsanering، Wsnp) أو في تسوية ودية للديون (minnelijke schuldregeling) عن طريق بنك الائتمان (kredietbank، Stadsbank). { -aanname-eind }
   *[nee] أنتم في تسوية قانونية للديون (schuldsanering، Wsnp) أو في تسوية ودية للديون (minnelijke schuldregeling) عن طريق بنك الائتمان (kredietbank، Stadsbank).
}
janee-schuldregeling-nee = { $aanname ->
    [ja] { -aanname-begin } أنتم لستم في تسوية قانونية للديون (schuldsanering) أو تسوية للديون (schuldregeling). { -aanname-eind }
   *[nee] أنتم لستم في تسوية قانونية للديون (schuldsanering) أو تسوية للديون (schuldregeling).
}
open-student = ما إذا كان أحد قد تابع خلال آخر 12 شهرًا دراسة قد تعطي حقًا في التمويل الدراسي (studiefinanciering) أو WTOS (حتى لو لم يُقدَّم طلب للحصول عليه)
open-chronisch-ziek = ما إذا كانت هناك إعاقة أو مشكلة مزمنة
open-verblijfstitel = ما إذا كان هناك تصريح إقامة ساري المفعول (verblijfstitel)
open-gedetineerd = ما إذا كان أحد في السجن أو الاحتجاز (detentie)
open-schulden = ما إذا كانت لديكم ديون لا تستطيعون دفعها
open-inkomenstoeslag-gehad = ما إذا كنتم قد حصلتم بالفعل خلال الأشهر الاثني عشر الماضية على إعانة الدخل الفردية (individuele inkomenstoeslag)
open-eigen-woning = ما إذا كان لديكم بيت تملكونه
open-partner-elders = ما إذا كان شريك حياتكم يسكن معكم
open-heeft-partner = ما إذا كان لديكم شريك حياة
open-beperking-huisgenoot = ما إذا كان لدى شخص آخر في أسرتكم إعاقة أو مشكلة مزمنة
open-zelfstandig = ما إذا كنتم تديرون بيتًا خاصًا بكم (eigen huishouding)
open-schuldregeling = ما إذا كنتم في تسوية قانونية للديون (schuldsanering) أو في تسوية للديون (schuldregeling)

## Partners
partner-zonder-recht = ليس لشريك حياتكم حق في المساعدة الاجتماعية (bijstand)، لأنه ليس لديه تصريح إقامة ساري المفعول (verblijfstitel) أو لأنه في السجن أو الاحتجاز (detentie). في هذه الحالة يكفي أن تستوفوا أنتم وحدكم هذا الشرط.
beide-partners = هذا الشرط ينطبق عليكم وعلى شريك حياتكم: يجب أن يستوفيه كل واحد منكما.
partner-recht-aangenomen = إذا لم يكن لدى شريك حياتكم تصريح إقامة ساري المفعول (verblijfstitel)، أو كان في السجن أو الاحتجاز (detentie)، يكفي أن تستوفوا أنتم وحدكم هذا الشرط. لم يتم إدخال ذلك بعد.

## What is still needed for a norm or an income (a list)
nodig-aanvrager-leeftijd = عمركم
nodig-heeft-partner = ما إذا كان لديكم شريك حياة
nodig-partner-leeftijd = عمر شريك حياتكم
nodig-kinderen = ما إذا كان يعيش معكم أطفال، وأعمارهم
nodig-medebewoners = من يسكن معكم أيضًا (العمر، وهل يدرسون أو يدفعون إيجار غرفة)
nodig-aanvrager-inkomen = دخلكم الصافي في الشهر
nodig-partner-inkomen = الدخل الصافي لشريك حياتكم في الشهر
nodig-aanvrager-inkomensbron = مصدر دخلكم (مثلاً المساعدة الاجتماعية (bijstand) أو الراتب)
nodig-partner-inkomensbron = مصدر دخل شريك حياتكم
nodig-ouderkop = الإضافة للوالد بلا شريك حياة (alleenstaande-ouderkop) في ميزانية الأطفال (kindgebonden budget) الخاصة بكم
nodig-vermogen = أموالكم وممتلكاتكم (vermogen)
nodig-eigen-woning = ما إذا كان لديكم بيت تملكونه
nodig-woz-waarde = القيمة الرسمية لبيتكم (WOZ-waarde)
nodig-hypotheek = قرض السكن الخاص بكم (hypotheek)
nodig-schulden = ما إذا كانت لديكم ديون
nodig-schuldregeling = ما إذا كنتم في تسوية قانونية للديون (schuldsanering، Wsnp) أو في تسوية ودية للديون (minnelijke schuldregeling) عن طريق بنك الائتمان (kredietbank، Stadsbank)
nodig-norm-onbepaald = معيار المساعدة الاجتماعية (bijstandsnorm) الذي لا نستطيع تحديده من إجاباتكم، مثلًا لشخص عمره أقل من 18 سنة، أو في السنة التي يبلغ فيها أحدٌ سن التقاعد الحكومي (AOW-leeftijd)؛ البلدية تحسب ذلك

## Housing costs during a debt arrangement
woonkosten-schuldregeling = أنتم في تسوية قانونية للديون (schuldsanering، Wsnp) أو في تسوية ودية للديون (minnelijke schuldregeling) عن طريق بنك الائتمان (kredietbank، Stadsbank). ما دامت هذه التسوية مستمرة، لا يُحسب أي شيء من دخلكم أو من أموالكم وممتلكاتكم.
