# The words of the calculator itself (www/bereken-uw-recht.js and the screens), around what the
# engine and the municipality's rules say. Plain B1 language. Amounts and dates arrive already
# formatted ($norm, $datum), counts as numbers ($aantal, $nummer).

## Loading
rekenhulp-titel = احسبوا حقوقكم
rekenhulp-laden = جارٍ تحميل أداة الحساب…
rekenhulp-kan-niet-laden = أداة الحساب لا تعمل في هذا المتصفح. اطّلعوا على موقع بلديتكم على الإنترنت أو اتصلوا بالبلدية.
rekenhulp-regels-niet-geladen = لم يكن من الممكن تحميل قواعد البلدية.

## The start screen
start-kop = احسبوا حقوقكم: { $gemeente }
start-intro = أجيبوا عن بعض الأسئلة عن أسرتكم. بعد ذلك ترون أي برامج البلدية قد تناسبكم، ولماذا. يستغرق ذلك حوالي 5 دقائق.
start-privacy = إجاباتكم تبقى على هذا الجهاز. لا يُرسل أي شيء.
start-versie = قواعد { $gemeente }، النسخة { $versie }.
start-versie-normen = قواعد { $gemeente }، النسخة { $versie }؛ معايير المساعدة الاجتماعية (bijstandsnormen) بتاريخ { $normen }.
start-teruggezet = تمت استعادة إجاباتكم المحفوظة.
# The language choice: the languages themselves are named in their own language (www/talen.js).
taal-kies = اللغة
taal-gekozen = أداة الحساب الآن باللغة العربية.

## Buttons
knop-begin = البدء
knop-vorige = السابق
knop-volgende = التالي
knop-naar-uitkomst = عرض النتيجة
knop-print = الطباعة أو الحفظ كملف PDF
knop-nieuw = حساب جديد
knop-gesprek = طلب محادثة شخصية مع البلدية (keukentafelgesprek)
knop-volgend-huishouden = الأسرة التالية
knop-wis-huishouden = نعم، امحُ كل شيء
knop-niet-wissen = لا، تابِع
knop-kost-toevoegen = إضافة بند آخر من التكاليف
knop-kost-weghalen = حذف بند التكاليف رقم { $nummer }
# Below each topic in the overview of the answers.
knop-wijzig = { $onderwerp ->
    [huishouden] تغيير معلومات أسرتكم
    [inkomen] تغيير معلومات دخلكم
    [vermogen] تغيير معلومات أموالكم وممتلكاتكم
    [situatie] تغيير معلومات وضعكم
   *[kosten] تغيير معلومات تكاليفكم
}

## The questions
vragen-stap = الخطوة { $stap } من { $aantal }
vragen-fouten-kop = صحّحوا هذه الإجابات أولًا:
vragen-geen-aantal = أدخلوا عددًا، مثلًا 2. أدخلوا 0 إذا لم يكن هناك أحد.
vragen-verplicht = نحتاج إلى معرفة هذا. بدون هذه الإجابة لا يمكننا حساب أي برنامج.
vragen-kostenpost = بند التكاليف رقم { $nummer }
vragen-tot-nu-toe = النتيجة حتى الآن
vragen-telling = النتيجة حتى الآن: { $ja } على الأرجح نعم، { $misschien } ربما
antwoord-weet-niet = لا أعرف
antwoord-ja = نعم
antwoord-nee = لا
antwoord-kies = اختاروا…
antwoord-nooit = ولا مرة
antwoord-geen = لم تتم الإجابة

## The outcome
uitkomst-kop = نتيجتكم
uitkomst-samenvatting-kop = ملخص تأخذونه معكم إلى البلدية
uitkomst-intro = هذه هي برامج بلدية { $gemeente } بتاريخ { $datum }. هذا تقدير فقط: البلدية لا تقرر إلا عندما تقدمون طلبًا.
# Shown only in a language other than Dutch, once at the top of the outcome and on the
# printout. Dutch has the key too, so that every language has it.
nederlands-leidend = هذا النص ترجمة. فقط النص الهولندي للقواعد هو المعتمد: على أساسه تقرر البلدية.
# Beside the translated name of a scheme: the name in the municipality's rules.
uitkomst-nederlandse-naam = الاسم بالهولندية:
uitkomst-leefvorm = { $leefvorm ->
    [alleenstaande] في الحساب، وضعكم هو: شخص بلا شريك حياة (alleenstaande).
    [alleenstaande_ouder] في الحساب، وضعكم هو: أحد الوالدين بلا شريك حياة (alleenstaande ouder).
   *[gehuwden] في الحساب، وضعكم هو: متزوجون أو شريكان يعيشان معًا (gehuwden of samenwonenden).
}
uitkomst-norm = نحسب بمعيار المساعدة الاجتماعية (bijstandsnorm) لأسرتكم: { $norm } في الشهر (المعيار بتاريخ { $datum }).
uitkomst-procent = دخلكم يساوي { $procent } من هذا المعيار.
uitkomst-kostendelersnorm = بالنسبة إلى المساعدة الاجتماعية (bijstand) نفسها يسري معيار تقاسم التكاليف (kostendelersnorm): تتقاسمون التكاليف مع { $anderen ->
    [one] شخص بالغ آخر
    [two] شخصين بالغين آخرين
    [few] { $anderen } أشخاص بالغين آخرين
    [many] { $anderen } شخصًا بالغًا آخر
   *[other] { $anderen } شخص بالغ آخر
}، وعندها يكون المعيار { $norm } في الشهر. البرامج أدناه تحسب بالمعيار بدون تقاسم التكاليف، إلا إذا ذكرت هي ذلك.
uitkomst-waarom = لماذا؟
uitkomst-wat-als = ماذا لو؟
uitkomst-wat-kunt-u-doen = ماذا يمكنكم أن تفعلوا؟
uitkomst-nee-vervolgstap = هل هذا غير صحيح، أو هل وضعكم مختلف عما أدخلتم هنا؟ إذن اطلبوا محادثة شخصية مع البلدية (keukentafelgesprek): ستنظر البلدية معكم في كل شيء.
uitkomst-bron = المصدر:
uitkomst-ontbreekt = هذا ما لا نعرفه بعد:
uitkomst-advies = نصيحة: اطلبوا محادثة شخصية مع البلدية (keukentafelgesprek)
uitkomst-let-op = انتبهوا
uitkomst-antwoorden-kop = إجاباتكم
uitkomst-gesprek-uitleg = هل تريدون التحدث مع البلدية عن وضعكم؟ اطلبوا محادثة شخصية مجانية مع البلدية (keukentafelgesprek).
uitkomst-gesprek-print = هل تريدون التحدث مع بلدية { $gemeente } عن وضعكم؟ اطلبوا محادثة شخصية مجانية مع البلدية (keukentafelgesprek)، وخذوا هذا الملخص معكم.
uitkomst-gesprek-print-website = هل تريدون التحدث مع بلدية { $gemeente } عن وضعكم؟ اطلبوا محادثة شخصية مجانية مع البلدية (keukentafelgesprek)، وخذوا هذا الملخص معكم ({ $website }).
uitkomst-gemaakt = أُعدّ بتاريخ { $datum }.
uitkomst-versie = قواعد { $gemeente }، النسخة { $versie }؛ أداة الحساب { $motor }.
uitkomst-normen-van = معايير المساعدة الاجتماعية (bijstandsnormen) بتاريخ { $datum }.
uitkomst-per-regeling = كل برنامج على حدة
uitkomst-samenvatting-label = ملخص
uitkomst-samenvatting-ja = هذا ما يمكنكم الحصول عليه على الأرجح
uitkomst-samenvatting-misschien = هذا ما قد تحصلون عليه
uitkomst-samenvatting-geen = لا نجد الآن برنامجًا يناسبكم. ألا يتفق هذا مع وضعكم؟ في حديث على طاولة المطبخ (keukentafelgesprek) تنظر البلدية معكم في كل شيء.
uitkomst-bedrag-kort = { $maximaal ->
    [ja] حتى { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] في الشهر
    [jaar] في السنة
   *[eenmalig] مرة واحدة
}
uitkomst-bedrag-onbekend = تخبركم البلدية بالمبلغ
uitkomst-details = لماذا، وماذا يمكنكم أن تفعلوا؟
uitkomst-wat-betekent = ماذا يعني { $woord }؟
woord-draagkracht = draagkracht (ما يمكنكم دفعه بأنفسكم)
uitleg-draagkracht = الـ draagkracht هو جزء دخلكم ومدخراتكم الذي يمكنكم حسب القواعد أن تدفعوه بأنفسكم. البلدية تدفع فقط ما يزيد عليه.
woord-bijstandsnorm = bijstandsnorm (معيار المساعدة الاجتماعية)
uitleg-bijstandsnorm = الـ bijstandsnorm هو المبلغ الشهري الذي يراه القانون ضروريًا للعيش لنوع أسرتكم. كثير من البرامج تنظر إلى النسبة المئوية التي يشكلها دخلكم منه.
uitkomst-voor-alle = ينطبق هذا على عدة برامج أدناه
uitkomst-andere-kop = برامج أخرى للبلدية
uitkomst-andere-uitleg = هذه البرامج لتكاليف لم تذكروها. هل لديكم مثل هذه التكاليف؟ أدخلوها، وسننظر هل يمكنكم الحصول على مساعدة.
knop-kosten-invullen = أدخلوا التكاليف
uitkomst-niet-berekend-kop = ما لا تحسبه هذه الأداة
uitkomst-niet-berekend-uitleg = لدى البلدية هذه البرامج أيضًا. هذه الأداة لا تنظر فيها. اسألوا البلدية عنها إن كانت قد تهمكم.
uitkomst-print-uitleg = اطبعوا أيضًا الشرح لكل برنامج
uitkomst-ook-in-geld = يمكنكم أيضًا الحصول على هذا نقدًا، بدلًا من قسيمة أو نقاط. اسألوا البلدية.
uitkomst-aanvragen = قدّموا الطلب لدى البلدية
uitkomst-in-geld-bron = أنه يمكنكم الحصول على هذا نقدًا مذكور في:

## Saving on this device
bewaar-keuze = حفظ إجاباتي على هذا الجهاز
bewaar-uitleg = فقط إذا قمتم بتشغيل هذا الخيار. لا تفعلوا ذلك على حاسوب تشاركونه مع آخرين.
bewaar-wis = مسح معلوماتي
bewaar-gewist = تم مسح معلوماتكم من هذا الجهاز.
bewaar-nieuw-gedaan = تم مسح كل الإجابات.

## Volunteer mode (formulierenbrigade)
brigade-melding = وضع المتطوعين: لا يُحفظ أي شيء.
brigade-wis-vraag = ستُمحى كل إجابات هذه الأسرة. هل انتهى هذا الشخص؟
brigade-huishouden-gewist = تم مسح كل معلومات الأسرة السابقة. يمكنكم البدء مع الأسرة التالية.
brigade-samen-met-vrijwilliger = تم ملء هذا مع متطوع من فرقة المساعدة في ملء الاستمارات (formulierenbrigade).

## A request for a conversation that has not been sent yet
postvak-wacht = طلبكم للمحادثة لم يُرسل بعد. سنرسله عندما يتوفر الاتصال بالإنترنت.
postvak-onverstuurd-wissen = يوجد طلب للمحادثة لم يُرسل بعد. إذا تابعتم، سيتم مسحه. هل تريدون المتابعة؟

## ماذا لو تغيّر دخلي؟ (grafiek.js)
grafiek-kop = ماذا لو تغيّر دخلي؟
grafiek-uitleg = هنا ترون البرامج التي ستحصلون عليها على الأرجح لو كان دخلكم الشهري أعلى أو أقل. تبقى إجاباتكم الأخرى كما هي.
grafiek-beschrijving = رسم بياني لـ { $aantal } من البرامج التي تعتمد على دخلكم. الأرقام نفسها في الجدول أدناه.
grafiek-as = الدخل الشهري
grafiek-nu = أنتم الآن: { $bedrag }
grafiek-stappen = يمتد الرسم من € 0 حتى { $max } شهريًا: ضعف معيار المساعدة الاجتماعية البالغ { $norm }.
grafiek-tabel = اعرضوا الأرقام في جدول
grafiek-tabel-bijschrift = ماذا لو تغيّر دخلي؟ لكل برنامج: عند أي دخل شهري
grafiek-kolom-inkomen = الدخل الشهري
grafiek-kolom-uitkomst = النتيجة
grafiek-tot = حتى { $tot }
grafiek-bereik = من { $van } حتى { $tot }
grafiek-vanaf = { $van } أو أكثر
