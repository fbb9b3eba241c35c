# Shared words the other messages use. Dutch is leading: every other
# language has the same keys and no other placeholders (the catalog check in the test).

lijst-en = i
in-het-nederlands = (po niderlandzku)
maand = { $maand ->
    [1] stycznia
    [2] lutego
    [3] marca
    [4] kwietnia
    [5] maja
    [6] czerwca
    [7] lipca
    [8] sierpnia
    [9] września
    [10] października
    [11] listopada
   *[12] grudnia
}
# A text from the municipality's rules, as it gives it.
beleidstekst = { $tekst }
leefvorm = { $leefvorm ->
    [alleenstaande] osoby samotnej
    [alleenstaande_ouder] samotnego rodzica
   *[gehuwden] małżeństw i par mieszkających razem
}
status-ja = Prawdopodobnie tak
status-misschien = Być może
status-nee = Prawdopodobnie nie
