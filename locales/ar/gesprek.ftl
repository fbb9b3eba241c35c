# The kitchen-table conversation (www/scherm-gesprek.js, www/keukentafel.js): the form, the
# check per field and what happened to the request. $gemeente is the name of the municipality.

## The form
gesprek-kop = طلب محادثة شخصية مع البلدية (keukentafelgesprek)
gesprek-intro = في المحادثة الشخصية مع البلدية (keukentafelgesprek) تنظر بلدية { $gemeente } معكم في وضعكم كله: المال والديون والرعاية وكل ما يحدث في حياتكم. المحادثة مجانية. أدخلوا كيف يمكن للبلدية أن تتواصل معكم.
gesprek-naam = اسمكم
gesprek-telefoon = رقم الهاتف
gesprek-email = عنوان البريد الإلكتروني
gesprek-bereikbaar = أدخلوا على الأقل رقم هاتف أو عنوان بريد إلكتروني.
gesprek-voorkeur = أين تريدون أن تكون المحادثة؟
gesprek-voorkeur-thuis = في بيتي
gesprek-voorkeur-gemeentehuis = في مبنى البلدية
gesprek-voorkeur-telefoon = عبر الهاتف
gesprek-moment = ما هو الوقت المناسب لكم؟ (يمكن ترك هذا فارغًا)
gesprek-vraag = عن ماذا تريدون أن تتحدثوا؟ (يمكن ترك هذا فارغًا)
gesprek-delen = ماذا يُسمح للبلدية أن ترى من أداة الحساب هذه؟
gesprek-delen-alleen-contact = اسمي فقط وطريقة التواصل معي
gesprek-delen-met-uitkomst = إجاباتي ونتيجة أداة الحساب هذه أيضًا
gesprek-vrijwilliger = شخص من فرقة المساعدة في ملء الاستمارات (formulierenbrigade) يساعدني في ملء هذا، ويمكن للبلدية أن تعرف ذلك.
gesprek-bewaren = حفظ طلبي على هذا الجهاز حتى يتم إرساله (إذا لم يكن هناك اتصال بالإنترنت الآن).
gesprek-toestemming-kop = الموافقة
gesprek-doel = بلدية { $gemeente } تستخدم ما تدخلونه هنا فقط للتواصل معكم من أجل محادثة شخصية (keukentafelgesprek).
gesprek-bewaartermijn-onbekend = المدة التي تحتفظ فيها البلدية بطلبكم مذكورة في بيان الخصوصية الخاص بها:
gesprek-toestemming = أوافق على أن تستلم بلدية { $gemeente } هذا الطلب وتستخدمه من أجل محادثة شخصية (keukentafelgesprek).
gesprek-verstuur = إرسال طلبي
gesprek-mail = كتابة بريد إلكتروني إلى البلدية
gesprek-geen-adres = هذه البلدية لم تحدد بعد عنوانًا لاستلام الطلبات. نزّلوا أو اطبعوا رسالة بطلبكم، ثم خذوها إلى البلدية أو أرسلوها بالبريد.
gesprek-download = تنزيل الرسالة
gesprek-print = طباعة الرسالة
gesprek-terug = الرجوع إلى النتيجة
gesprek-fouten-kop = صحّحوا هذا أولًا:

## What happened to the request
gesprek-ontvangen = تم استلام طلبكم برقم { $referentie }. ستتواصل البلدية معكم.
gesprek-wacht = لم يُرسل بعد. لا يوجد الآن اتصال بالبلدية. سنحاول مرة أخرى ما دامت هذه الصفحة مفتوحة. يمكنكم أيضًا تنزيل طلبكم.
gesprek-opnieuw = المحاولة مرة أخرى الآن
gesprek-geweigerd = لم تستطع البلدية قبول طلبكم: { $fout }. عدّلوا معلوماتكم وأرسلوا الطلب مرة أخرى، أو نزّلوا طلبكم.
gesprek-aanpassen = تعديل المعلومات

## The check of the form, one message per field
gesprek-fout-naam = أدخلوا اسمكم.
gesprek-fout-bereikbaar = أدخلوا رقم هاتف أو عنوان بريد إلكتروني، حتى تستطيع البلدية التواصل معكم.
gesprek-fout-telefoon = هذا ليس رقم هاتف. اكتبوه بهذا الشكل: 06-12345678.
gesprek-fout-email = هذا ليس عنوان بريد إلكتروني. اكتبوه بهذا الشكل: naam@voorbeeld.nl.
gesprek-fout-voorkeur = اختاروا أين تريدون أن تكون المحادثة.
gesprek-fout-toestemming = بدون موافقتكم لا نرسل أي شيء. ضعوا علامة في المربع إذا كنتم موافقين.

## The request as text for the municipality (the e-mail): always in Dutch, because the
## municipality reads it. Other languages translate these messages anyway (the catalog check wants
## every key), so that the request can later also come along in the resident's language.
verzoek-onderwerp = طلب محادثة شخصية مع البلدية (keukentafelgesprek)
verzoek-kop = طلب محادثة شخصية (keukentafelgesprek) مع بلدية { $gemeente }
verzoek-naam = الاسم: { $naam }
verzoek-telefoon = الهاتف: { $telefoon }
verzoek-email = البريد الإلكتروني: { $email }
verzoek-voorkeur = المكان المفضل: { $voorkeur }
verzoek-moment = الوقت المناسب: { $moment }
verzoek-vraag = ما أريد أن أتحدث عنه: { $vraag }
verzoek-vrijwilliger = تم ملء هذا مع متطوع من فرقة المساعدة في ملء الاستمارات (formulierenbrigade).
verzoek-uitkomst = نتيجة «احسبوا حقوقكم» (Bereken uw recht) (تاريخ الحساب { $peildatum }):
verzoek-kenmerk = الرقم المرجعي: { $kenmerk }
gesprek-demo = هذا عرض تجريبي. يذهب طلبكم إلى مستقبِل تجريبي على هذا الحاسوب، وليس إلى البلدية.

## De brief (brief.js)
brief-titel = رسالة: طلب محادثة حول طاولة المطبخ
brief-aan = إلى: بلدية { $gemeente }
brief-datum = التاريخ: { $datum }
brief-tekst = أطلب من البلدية محادثة حول المساعدة والبرامج للأشخاص ذوي الدخل المنخفض. بياناتي أدناه.
brief-alleen-contact = في هذه الرسالة أشارك بيانات الاتصال الخاصة بي فقط.
brief-geen-regelingen = بحسب Bereken uw recht لن أحصل على الأرجح على أي برنامج. أودّ أن ننظر في ذلك معًا.
brief-andere-regelingen = هذا تقدير تم بواسطة Bereken uw recht. تقرر البلدية بعد تقديم الطلب.
brief-waar-website = خذوا هذه الرسالة إلى بلدية { $gemeente } أو أرسلوها. العنوان موجود على { $website }.
brief-waar = خذوا هذه الرسالة إلى بلدية { $gemeente } أو أرسلوها. اسألوا البلدية عن العنوان.
brief-handtekening = التوقيع: ______________________
brief-niet-verstuurd = أُعدّت هذه الرسالة بواسطة Bereken uw recht في { $datum }. لم تُرسل إلى البلدية: تسلّمونها أو ترسلونها بأنفسكم.
brief-nederlands = الرسالة نفسها باللغة الهولندية، للبلدية
