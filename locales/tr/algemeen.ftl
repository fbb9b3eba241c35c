# Shared words the other messages use. Dutch is leading: every other language has the same
# keys and no other placeholders (the catalog check in the test command).

lijst-en = ve
in-het-nederlands = (Hollandaca)
maand = { $maand ->
    [1] Ocak
    [2] Şubat
    [3] Mart
    [4] Nisan
    [5] Mayıs
    [6] Haziran
    [7] Temmuz
    [8] Ağustos
    [9] Eylül
    [10] Ekim
    [11] Kasım
   *[12] Aralık
}
# A text from the municipality's rules, as it gives it.
beleidstekst = { $tekst }
leefvorm = { $leefvorm ->
    [alleenstaande] bekâr bir kişi
    [alleenstaande_ouder] tek ebeveyn
   *[gehuwden] evliler ve birlikte yaşayanlar
}
status-ja = Muhtemelen evet
status-misschien = Belki
status-nee = Muhtemelen hayır
