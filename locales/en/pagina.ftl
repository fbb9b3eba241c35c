# The example pages around the calculator (www/index.html with www/start.js, www/kindpakket.html
# with www/kindpakket.js). The page itself is written in Dutch for those without JavaScript;
# with JavaScript these words in the chosen language take the place of that text.

## The start page
pagina-titel = Check your entitlements
pagina-naam = Check your entitlements
pagina-gemeente = Your municipality
pagina-brigade = Volunteer mode (formulierenbrigade)
pagina-zonder-javascript = This calculator needs JavaScript and WebAssembly. See the schemes for people with a low income on your municipality's website, or call the municipality.
pagina-privacy = Everything is calculated in your own browser. Nothing goes to the municipality or to us, unless you choose so yourself.
pagina-voorbeeld-kindpakket = Example: the calculator in a Kindpakket web shop

## The Kindpakket web shop (an example of a page that embeds the calculator)
winkel-titel = Kindpakket Bunschoten: see whether you can get it
winkel-slogan = Sport, culture, a bicycle or a laptop for school: your child takes part.
winkel-kop = Can you get the Kindpakket?
winkel-intro = Fill in the short check. Then you see at once whether you can order in the web shop.
winkel-zonder-javascript = This check needs JavaScript.
winkel-link-gemeente = Read about the Kindpakket on the municipality's website
winkel-naar-webwinkel = To the web shop
winkel-ja = Good news: you can probably order in the web shop. First ask the municipality for an account.
winkel-misschien = Maybe you can order. Contact the municipality; they will look at it with you.
winkel-nee = You probably cannot order. In doubt? Call the municipality.
winkel-geen-uitkomst = There is no outcome for the Kindpakket.
pagina-demo-ontvanger = Demonstration: a request for a conversation goes to a test receiver on this computer, not to the municipality.
