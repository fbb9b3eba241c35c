# The example pages around the calculator (www/index.html with www/start.js, www/kindpakket.html
# with www/kindpakket.js). The page itself is in Dutch for people without JavaScript;
# with JavaScript these words in the chosen language take the place of that text.

## The start page
pagina-titel = Sprawdź, co Panu/Pani przysługuje
pagina-naam = Sprawdź, co Panu/Pani przysługuje
pagina-gemeente = Pana/Pani gmina
pagina-brigade = Tryb wolontariusza (formulierenbrigade)
pagina-zonder-javascript = Ten kalkulator potrzebuje JavaScript i WebAssembly. Programy pomocy dla osób z niskim dochodem można znaleźć na stronie internetowej Pana/Pani gminy. Można też zadzwonić do gminy.
pagina-privacy = Wszystko jest obliczane w Pana/Pani własnej przeglądarce. Nic nie trafia do gminy ani do nas, chyba że Pan/Pani tak zdecyduje.
pagina-voorbeeld-kindpakket = Przykład: kalkulator w sklepie internetowym pakietu dla dzieci (kindpakket)

## The kindpakket web shop (an example of a page that embeds the calculator)
winkel-titel = Kindpakket Bunschoten: proszę sprawdzić, czy może go Pan/Pani dostać
winkel-slogan = Sport, kultura, rower albo laptop do szkoły: Pana/Pani dziecko może brać udział.
winkel-kop = Czy może Pan/Pani dostać pakiet dla dzieci (kindpakket)?
winkel-intro = Proszę wypełnić krótki test. Potem od razu zobaczy Pan/Pani, czy może zamawiać w sklepie internetowym.
winkel-zonder-javascript = Ten test potrzebuje JavaScript.
winkel-link-gemeente = Informacje o pakiecie dla dzieci (kindpakket) na stronie internetowej gminy
winkel-naar-webwinkel = Do sklepu internetowego
winkel-ja = Dobra wiadomość: prawdopodobnie może Pan/Pani zamawiać w sklepie internetowym. Najpierw proszę poprosić gminę o założenie konta.
winkel-misschien = Możliwe, że może Pan/Pani zamawiać. Proszę skontaktować się z gminą; gmina pomoże to sprawdzić.
winkel-nee = Prawdopodobnie nie może Pan/Pani zamawiać. Ma Pan/Pani wątpliwości? Proszę zadzwonić do gminy.
winkel-geen-uitkomst = Nie ma wyniku dla pakietu dla dzieci (kindpakket).
pagina-demo-ontvanger = Demonstracja: prośba o rozmowę trafia do odbiornika testowego na tym komputerze, a nie do gminy.
