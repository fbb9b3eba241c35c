# The reasons about income (src/evaluate/redenen/inkomen.rs): the income against the limit, the
# housing costs against the income above the norm, and what the municipality counts in the income or takes off it.

## Income against the limit. $wie: u, samen (with partner) or eigen (the partner's income is
## still missing); $net_boven: ja if the income is just above a limit.
inkomen-al-hoger = { $wie ->
        [samen] يبلغ دخلكم مع دخل شريك حياتكم
        [eigen] يبلغ دخلكم الخاص
       *[u] يبلغ دخلكم
    } { $inkomen } في الشهر. هذا أعلى بالفعل من { $grens }، أي { $procent } من أعلى معيار للمساعدة الاجتماعية (bijstandsnorm) يمكن أن ينطبق عليكم، حسب المعيار بتاريخ { $datum }. ويبقى ذلك صحيحًا مهما أدخلتم بعد ذلك.
inkomen-nodig = لتحديد ذلك نحتاج بعد إلى معرفة: { $nodig }. الحد هو { $procent } من معيار المساعدة الاجتماعية (bijstandsnorm).
inkomen-bedrag = { $wie ->
        [samen] يبلغ دخلكم مع دخل شريك حياتكم
       *[u] يبلغ دخلكم
    } { $inkomen } في الشهر. هذا { $net_boven ->
        [ja] أكثر بقليل من { $aandeel }
       *[nee] يساوي { $aandeel }
    } من { $normnaam }، وقيمته { $norm } (المعيار بتاريخ { $datum }). الحد هو { $procent } ({ $grens }).
# The norm in the sentence above ($normnaam).
inkomen-normnaam = معيار المساعدة الاجتماعية (bijstandsnorm)
inkomen-normnaam-kostendelers = معيار المساعدة الاجتماعية (bijstandsnorm) مع معيار تقاسم التكاليف (kostendelersnorm) (عدد البالغين الذين يتقاسمون التكاليف: { $kostendelers })
inkomen-normnaam-ouder = معيار المساعدة الاجتماعية (bijstandsnorm) (لأحد الوالدين بلا شريك حياة: { $ouder_procent } من معيار المتزوجين)
inkomen-normnaam-kostendelers-ouder = معيار المساعدة الاجتماعية (bijstandsnorm) مع معيار تقاسم التكاليف (kostendelersnorm) (عدد البالغين الذين يتقاسمون التكاليف: { $kostendelers }) (لأحد الوالدين بلا شريك حياة: { $ouder_procent } من معيار المتزوجين)
inkomen-hoger = دخلكم أعلى من الحد.
inkomen-niet-hoger = دخلكم ليس أعلى من الحد.
inkomen-jongeren-onder-grens-21 = لمن عمره من 18 إلى 21 سنة، تُحسب أيضًا المساعدة الخاصة التكميلية (aanvullende bijzondere bijstand) ضمن المعيار؛ لكن مقدارها غير مذكور في القواعد. حسب المعيار لمن عمره 21 سنة أو أكثر، يكون الحد { $grens }: ودخلكم لا يتجاوز هذا الحد. البلدية هي التي تقيّم ذلك.
inkomen-jongeren-bijstand-21 = { $wie ->
        [samen] أنت أو شريكك تحصلان على المساعدة الاجتماعية (bijstand).
       *[u] أنت تحصل على المساعدة الاجتماعية (bijstand).
    } لمن عمره من 18 إلى 21 سنة، تشمل هذه المساعدة بالفعل المساعدة الخاصة التكميلية (aanvullende bijzondere bijstand). لذلك تُحتسب المعايير من سن 21: يكون الحد عندئذٍ { $grens }.
inkomen-zeker-tot = حتى { $procent } ({ $grens }) يكون الأمر مؤكدًا.
inkomen-jongeren-nodig = لمن عمره من 18 إلى 21 سنة، تُحسب أيضًا المساعدة الخاصة التكميلية (aanvullende bijzondere bijstand) ضمن المعيار. لتحديد هذا الحد نحتاج بعد إلى معرفة: { $nodig }.

## What the municipality counts in the income or takes off it
inkomen-ouderkop = يُحسب ضمن دخلكم مبلغ الإضافة للوالد بلا شريك حياة (alleenstaande-ouderkop) من ميزانية الأطفال (kindgebonden budget)، وهو { $bedrag } في الشهر.
inkomen-ouderkop-onbekend = هل تحصلون مع ميزانية الأطفال (kindgebonden budget) على الإضافة للوالد بلا شريك حياة (alleenstaande-ouderkop)؟ هذه الإضافة تُحسب هنا كدخل. لم تُدخلوها، لذلك نحسب بدونها.
inkomen-alimentatie = النفقة (alimentatie) التي تدفعونها ({ $bedrag } في الشهر) خُصمت من دخلكم.
inkomen-alimentatie-onbekend = هل تدفعون نفقة (alimentatie)؟ النفقة تُخصم من دخلكم. لم تُدخلوها، لذلك نحسب بدونها.

## Housing costs
woonkosten-onbekend = لا نعرف بعد كم تدفعون في الشهر للإيجار أو لقرض السكن (hypotheek).
woonkosten-nodig = لمقارنة تكاليف السكن بدخلكم نحتاج بعد إلى معرفة: { $nodig }.
woonkosten-bedrag = تدفعون { $woonkosten } في الشهر كتكاليف سكن. من دخلكم يُحسب كل ما يزيد على { $procent } من معيار المساعدة الاجتماعية (bijstandsnorm)، أي ما يزيد على { $grens } (المعيار بتاريخ { $datum }): وهذا { $over } في الشهر.
woonkosten-vermogen = الجزء من أموالكم وممتلكاتكم (vermogen) الذي يزيد على الحد الأقصى المسموح به (vermogensgrens) يُحسب أيضًا، وهو { $vermogen }، مقابل تكاليف السكن لمدة سنة.
woonkosten-zelf-betalen = بهذا تستطيعون أن تدفعوا تكاليف السكن بأنفسكم.
woonkosten-vergelijken-nodig = للمقارنة نحتاج بعد إلى معرفة: { $nodig }.
woonkosten-met-vermogen-beoordeling = مع أموالكم وممتلكاتكم (vermogen) تستطيعون أن تدفعوا تكاليف السكن بأنفسكم. لكن إذا كنتم تحصلون على المساعدة الاجتماعية (bijstand)، فقد قُيّمت أموالكم وممتلكاتكم بالفعل عند منح الإعانة: البلدية هي التي تقيّم ذلك.
woonkosten-niet-genoeg = هذا لا يكفي لتكاليف السكن.
