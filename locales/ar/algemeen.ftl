# Shared words the other messages use. Dutch is leading: every other language has the same
# keys and no other placeholders (the catalog check in the test command).

lijst-en = و
in-het-nederlands = (باللغة الهولندية)
maand = { $maand ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
# A text from the municipality's rules, as it gives it.
beleidstekst = { $tekst }
leefvorm = { $leefvorm ->
    [alleenstaande] شخص بلا شريك حياة (alleenstaande)
    [alleenstaande_ouder] أحد الوالدين بلا شريك حياة (alleenstaande ouder)
   *[gehuwden] المتزوجين والشركاء الذين يعيشون معًا (gehuwden en samenwonenden)
}
status-ja = على الأرجح نعم
status-misschien = ربما
status-nee = على الأرجح لا
