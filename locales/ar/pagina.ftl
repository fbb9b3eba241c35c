# The example pages around the calculator (www/index.html with www/start.js, www/kindpakket.html
# with www/kindpakket.js). The page itself is in Dutch for those without JavaScript;
# with JavaScript these words in the chosen language take the place of that text.

## The start page
pagina-titel = احسبوا حقوقكم
pagina-naam = احسبوا حقوقكم
pagina-gemeente = بلديتكم
pagina-brigade = وضع المتطوعين (formulierenbrigade)
pagina-zonder-javascript = أداة الحساب هذه تحتاج إلى JavaScript وWebAssembly. اطّلعوا على البرامج المخصصة لذوي الدخل المنخفض في موقع بلديتكم على الإنترنت، أو اتصلوا بالبلدية.
pagina-privacy = كل شيء يُحسب في متصفحكم أنتم. لا يُرسل أي شيء إلى البلدية أو إلينا، إلا إذا اخترتم ذلك بأنفسكم.
pagina-voorbeeld-kindpakket = مثال: أداة الحساب في متجر إلكتروني لحزمة الأطفال (kindpakket)

## The web shop of the kindpakket (an example of a page that embeds the calculator)
winkel-titel = حزمة الأطفال (Kindpakket) في Bunschoten: تحققوا هل يمكنكم الحصول عليها
winkel-slogan = الرياضة، الثقافة، دراجة هوائية أو حاسوب محمول للمدرسة: طفلكم يشارك.
winkel-kop = هل يمكنكم الحصول على حزمة الأطفال (kindpakket)؟
winkel-intro = املؤوا هذا الفحص القصير. بعد ذلك ترون فورًا هل يمكنكم الطلب من المتجر الإلكتروني.
winkel-zonder-javascript = هذا الفحص يحتاج إلى JavaScript.
winkel-link-gemeente = اقرؤوا عن حزمة الأطفال (kindpakket) في موقع البلدية على الإنترنت
winkel-naar-webwinkel = إلى المتجر الإلكتروني
winkel-ja = خبر جيد: على الأرجح يمكنكم الطلب من المتجر الإلكتروني. اطلبوا أولًا حسابًا من البلدية.
winkel-misschien = ربما يمكنكم الطلب. تواصلوا مع البلدية؛ ستنظر البلدية في الأمر معكم.
winkel-nee = على الأرجح لا يمكنكم الطلب. هل لديكم شك؟ اتصلوا بالبلدية.
winkel-geen-uitkomst = لا توجد نتيجة لحزمة الأطفال (kindpakket).
pagina-demo-ontvanger = عرض تجريبي: يذهب طلب المحادثة إلى مستقبِل تجريبي على هذا الحاسوب، وليس إلى البلدية.
