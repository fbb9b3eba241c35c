# De voorbeeldpagina's rond de rekenhulp (www/index.html met www/start.js, www/kindpakket.html
# met www/kindpakket.js). De pagina zelf staat in het Nederlands voor wie geen JavaScript heeft;
# met JavaScript komen deze woorden in de gekozen taal in de plaats van die tekst.

## De beginpagina
pagina-titel = Bereken uw recht
pagina-naam = Bereken uw recht
pagina-gemeente = Uw gemeente
pagina-brigade = Vrijwilligersmodus (formulierenbrigade)
pagina-zonder-javascript = Deze rekenhulp heeft JavaScript en WebAssembly nodig. Bekijk de regelingen voor mensen met een laag inkomen op de website van uw gemeente, of bel de gemeente.
pagina-privacy = Alles wordt berekend in uw eigen browser. Er gaat niets naar de gemeente of naar ons, tenzij u dat zelf kiest.
pagina-voorbeeld-kindpakket = Voorbeeld: de rekenhulp in een kindpakket-webwinkel

## De webwinkel van het kindpakket (een voorbeeld van een pagina die de rekenhulp insluit)
winkel-titel = Kindpakket Bunschoten: kijk of u het kunt krijgen
winkel-slogan = Sport, cultuur, een fiets of een laptop voor school: uw kind doet mee.
winkel-kop = Kunt u het kindpakket krijgen?
winkel-intro = Vul de korte check in. Daarna ziet u meteen of u in de webwinkel kunt bestellen.
winkel-zonder-javascript = Deze check heeft JavaScript nodig.
winkel-link-gemeente = Lees over het kindpakket op de website van de gemeente
winkel-naar-webwinkel = Naar de webwinkel
winkel-ja = Goed nieuws: u kunt waarschijnlijk bestellen in de webwinkel. Vraag eerst een account aan bij de gemeente.
winkel-misschien = Misschien kunt u bestellen. Neem contact op met de gemeente; zij kijkt met u mee.
winkel-nee = U kunt waarschijnlijk niet bestellen. Twijfelt u? Bel de gemeente.
winkel-geen-uitkomst = Er is geen uitkomst voor het kindpakket.
pagina-demo-ontvanger = Demonstratie: een verzoek om een gesprek gaat naar een testontvanger op deze computer, niet naar de gemeente.
