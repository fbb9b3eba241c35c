# Algemene woorden die de andere berichten gebruiken. Het Nederlands is leidend: elke andere
# taal heeft dezelfde sleutels en geen andere plaatshouders (de catalogus-controle in de test).

lijst-en = en
in-het-nederlands = (in het Nederlands)
maand = { $maand ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
# Een tekst uit de regels van de gemeente, zoals die hem geeft.
beleidstekst = { $tekst }
leefvorm = { $leefvorm ->
    [alleenstaande] een alleenstaande
    [alleenstaande_ouder] een alleenstaande ouder
   *[gehuwden] gehuwden en samenwonenden
}
status-ja = Waarschijnlijk wel
status-misschien = Misschien
status-nee = Waarschijnlijk niet
