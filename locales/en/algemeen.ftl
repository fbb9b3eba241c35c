# Shared words the other messages use. Dutch is leading: every other language has the same
# keys and no other placeholders (the catalog check in the test command).

lijst-en = and
in-het-nederlands = (in Dutch)
maand = { $maand ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# A text from the municipality's rules, as it gives it.
beleidstekst = { $tekst }
leefvorm = { $leefvorm ->
    [alleenstaande] a single person
    [alleenstaande_ouder] a single parent
   *[gehuwden] a couple
}
status-ja = Probably yes
status-misschien = Maybe
status-nee = Probably not
