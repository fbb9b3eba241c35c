# The example pages around the calculator (www/index.html with www/start.js, www/kindpakket.html
# with www/kindpakket.js). The page itself is written in Dutch for those without JavaScript;
# with JavaScript these words in the chosen language take the place of that text.

## The start page
pagina-titel = Hakkınızı hesaplayın
pagina-naam = Hakkınızı hesaplayın
pagina-gemeente = Belediyeniz
pagina-brigade = Gönüllü modu (formulierenbrigade)
pagina-zonder-javascript = Bu hesaplama aracı JavaScript ve WebAssembly gerektirir. Düşük gelirli kişiler için düzenlemelere belediyenizin web sitesinden bakın veya belediyeyi arayın.
pagina-privacy = Her şey kendi tarayıcınızda hesaplanır. Siz kendiniz seçmedikçe hiçbir şey belediyeye veya bize gitmez.
pagina-voorbeeld-kindpakket = Örnek: bir çocuk paketi (kindpakket) web mağazasında hesaplama aracı

## The Kindpakket web shop (an example of a page that embeds the calculator)
winkel-titel = Çocuk paketi (Kindpakket) Bunschoten: alıp alamayacağınıza bakın
winkel-slogan = Spor, kültür, bir bisiklet veya okul için bir dizüstü bilgisayar: çocuğunuz da katılır.
winkel-kop = Çocuk paketini (kindpakket) alabilir misiniz?
winkel-intro = Kısa kontrolü doldurun. Ardından web mağazasından sipariş verip veremeyeceğinizi hemen görürsünüz.
winkel-zonder-javascript = Bu kontrol JavaScript gerektirir.
winkel-link-gemeente = Çocuk paketi hakkında belediyenin web sitesinde okuyun
winkel-naar-webwinkel = Web mağazasına git
winkel-ja = İyi haber: web mağazasından muhtemelen sipariş verebilirsiniz. Önce belediyeden bir hesap (account) isteyin.
winkel-misschien = Belki sipariş verebilirsiniz. Belediyeyle iletişime geçin; belediye sizinle birlikte bakar.
winkel-nee = Muhtemelen sipariş veremezsiniz. Emin değil misiniz? Belediyeyi arayın.
winkel-geen-uitkomst = Çocuk paketi için bir sonuç yok.
pagina-demo-ontvanger = Gösterim: görüşme talebi belediyeye değil, bu bilgisayardaki bir test alıcısına gider.
