# The calculator's own words (www/bereken-uw-recht.js and the screens), around what the engine
# and the municipality's rules say. Plain B1 Turkish. Amounts and dates arrive formatted
# ($norm, $datum), counts as numbers ($aantal, $nummer).

## Loading
rekenhulp-titel = Hakkınızı hesaplayın
rekenhulp-laden = Hesaplama aracı yükleniyor…
rekenhulp-kan-niet-laden = Hesaplama aracı bu tarayıcıda çalışmıyor. Belediyenizin web sitesine bakın veya belediyeyi arayın.
rekenhulp-regels-niet-geladen = Belediyenin kuralları yüklenemedi.

## The start screen
start-kop = Hakkınızı hesaplayın: { $gemeente }
start-intro = Haneniz hakkında birkaç soruyu cevaplayın. Böylece belediyenin hangi düzenlemelerinin sizin için uygun olabileceğini ve nedenini görürsünüz. Yaklaşık 5 dakika sürer.
start-privacy = Cevaplarınız bu cihazda kalır. Hiçbir şey gönderilmez.
start-versie = { $gemeente } belediyesinin kuralları, sürüm { $versie }.
start-versie-normen = { $gemeente } belediyesinin kuralları, sürüm { $versie }; { $normen } tarihli sosyal yardım normları (bijstandsnormen).
start-teruggezet = Kaydettiğiniz cevaplar geri yüklendi.
# The language choice: the languages themselves are named in their own language (www/talen.js).
taal-kies = Dil
taal-gekozen = Hesaplama aracı artık Türkçe.

## Buttons
knop-begin = Başlayın
knop-vorige = Geri
knop-volgende = İleri
knop-naar-uitkomst = Sonucu görün
knop-print = Yazdırın veya PDF olarak kaydedin
knop-nieuw = Yeni hesaplama
knop-gesprek = Kişisel görüşme (keukentafelgesprek) isteyin
knop-volgend-huishouden = Sonraki hane
knop-wis-huishouden = Evet, hepsini sil
knop-niet-wissen = Hayır, devam et
knop-kost-toevoegen = Bir masraf kalemi daha ekleyin
knop-kost-weghalen = { $nummer }. masraf kalemini kaldırın
# Below each topic in the overview of the answers.
knop-wijzig = { $onderwerp ->
    [huishouden] Hane bilgilerinizi değiştirin
    [inkomen] Gelir bilgilerinizi değiştirin
    [vermogen] Para ve mülk bilgilerinizi değiştirin
    [situatie] Durumunuzla ilgili cevapları değiştirin
   *[kosten] Masraf bilgilerinizi değiştirin
}

## The questions
vragen-stap = Adım { $stap } / { $aantal }
vragen-fouten-kop = Önce şu cevapları düzeltin:
vragen-geen-aantal = Bir sayı girin, örneğin 2. Kimse yoksa 0 girin.
vragen-verplicht = Bunu bilmemiz gerekiyor. Bu cevap olmadan hiçbir düzenlemeyi hesaplayamayız.
vragen-kostenpost = Masraf kalemi { $nummer }
vragen-tot-nu-toe = Şimdiye kadarki sonuç
vragen-telling = Şimdiye kadarki sonuç: { $ja } muhtemelen evet, { $misschien } belki
antwoord-weet-niet = Bilmiyorum
antwoord-ja = Evet
antwoord-nee = Hayır
antwoord-kies = Seçin…
antwoord-nooit = Hiçbir zaman
antwoord-geen = cevaplanmadı

## The outcome
uitkomst-kop = Sonucunuz
uitkomst-samenvatting-kop = Belediyeye götürmeniz için özet
uitkomst-intro = Bunlar { $gemeente } belediyesinin { $datum } tarihindeki düzenlemeleridir. Bu bir tahmindir: belediye ancak siz başvuru yaptığınızda karar verir.
# Shown only in a language other than Dutch, once at the top of the outcome and on the
# printout. Dutch has the key too, so that every language has it.
nederlands-leidend = Bu metin bir çeviridir. Sadece kuralların Hollandaca metni geçerlidir: belediye buna göre karar verir.
# Beside the translated name of a scheme: its name in the municipality's rules.
uitkomst-nederlandse-naam = Hollandaca adı:
uitkomst-leefvorm = { $leefvorm ->
    [alleenstaande] Bekâr bir kişi (alleenstaande) sayılıyorsunuz.
    [alleenstaande_ouder] Tek ebeveyn (alleenstaande ouder) sayılıyorsunuz.
   *[gehuwden] Evli veya birlikte yaşayan çift (gehuwden of samenwonenden) sayılıyorsunuz.
}
uitkomst-norm = Haneniz için sosyal yardım normuyla (bijstandsnorm) hesaplıyoruz: ayda { $norm } ({ $datum } tarihli norm).
uitkomst-procent = Geliriniz bu normun { $procent } oranına denk gelir.
uitkomst-kostendelersnorm = Sosyal yardımın (bijstand) kendisi için masraf paylaşanlar normu (kostendelersnorm) geçerlidir: masrafları başka { $anderen } yetişkinle paylaşıyorsunuz ve o zaman norm ayda { $norm }. Aşağıdaki düzenlemeler, kendileri aksini söylemedikçe masraf paylaşanlar olmadan hesaplanan normu kullanır.
uitkomst-waarom = Neden?
uitkomst-wat-als = Durum farklı olursa?
uitkomst-wat-kunt-u-doen = Ne yapabilirsiniz?
uitkomst-nee-vervolgstap = Bu doğru değil mi, veya durumunuz burada girdiğinizden farklı mı? O zaman kişisel bir görüşme (keukentafelgesprek) isteyin: belediye sizinle birlikte her şeye bakar.
uitkomst-bron = Kaynak:
uitkomst-ontbreekt = Bunu henüz bilmiyoruz:
uitkomst-advies = Tavsiye: kişisel bir görüşme (keukentafelgesprek) isteyin
uitkomst-let-op = Dikkat
uitkomst-antwoorden-kop = Cevaplarınız
uitkomst-gesprek-uitleg = Durumunuz hakkında belediyeyle konuşmak ister misiniz? Ücretsiz bir kişisel görüşme (keukentafelgesprek) isteyin.
uitkomst-gesprek-print = Durumunuz hakkında { $gemeente } belediyesiyle konuşmak ister misiniz? Ücretsiz bir kişisel görüşme (keukentafelgesprek) isteyin ve bu özeti yanınızda götürün.
uitkomst-gesprek-print-website = Durumunuz hakkında { $gemeente } belediyesiyle konuşmak ister misiniz? Ücretsiz bir kişisel görüşme (keukentafelgesprek) isteyin ve bu özeti yanınızda götürün ({ $website }).
uitkomst-gemaakt = Oluşturulma tarihi: { $datum }.
uitkomst-versie = { $gemeente } belediyesinin kuralları, sürüm { $versie }; hesaplama aracı { $motor }.
uitkomst-normen-van = { $datum } tarihli sosyal yardım normları (bijstandsnormen).
uitkomst-per-regeling = Düzenleme düzenleme
uitkomst-samenvatting-label = Özet
uitkomst-samenvatting-ja = Bunu büyük olasılıkla alabilirsiniz
uitkomst-samenvatting-misschien = Bunu belki alabilirsiniz
uitkomst-samenvatting-geen = Şu anda size uyan bir düzenleme bulamıyoruz. Bu durumunuza uymuyor mu? Mutfak masası görüşmesinde (keukentafelgesprek) belediye sizinle birlikte her şeye bakar.
uitkomst-bedrag-kort = { $maximaal ->
    [ja] en fazla { $bedrag }
   *[nee] { $bedrag }
} { $per ->
    [maand] ayda
    [jaar] yılda
   *[eenmalig] bir kez
}
uitkomst-bedrag-onbekend = tutarı belediye size söyler
uitkomst-details = Neden ve ne yapabilirsiniz?
uitkomst-wat-betekent = { $woord } ne demek?
woord-draagkracht = draagkracht (kendiniz ödeyebileceğiniz kısım)
uitleg-draagkracht = Draagkracht, kurallara göre gelirinizden ve birikiminizden kendiniz ödeyebileceğiniz kısımdır. Belediye yalnızca bunun üzerindeki kısmı öder.
woord-bijstandsnorm = bijstandsnorm (sosyal yardım normu)
uitleg-bijstandsnorm = Bijstandsnorm, yasanın hane türünüz için geçinmek üzere aylık gerekli gördüğü tutardır. Birçok düzenleme gelirinizin bunun yüzde kaçı olduğuna bakar.
uitkomst-voor-alle = Bu, aşağıdaki birçok düzenleme için geçerlidir
uitkomst-andere-kop = Belediyenin diğer düzenlemeleri
uitkomst-andere-uitleg = Bu düzenlemeler, belirtmediğiniz masraflar içindir. Böyle masraflarınız var mı? Onları girin, yardım alıp alamayacağınıza bakalım.
knop-kosten-invullen = Masrafları girin
uitkomst-niet-berekend-kop = Bu hesaplama aracının hesaplamadıkları
uitkomst-niet-berekend-uitleg = Belediyenin bu düzenlemeleri de var. Bu araç onlara bakmaz. Sizin için önemli olabilirlerse belediyeye sorun.
uitkomst-print-uitleg = Her düzenlemenin açıklamasını da yazdır
uitkomst-ook-in-geld = Bunu kupon veya puan yerine para olarak da alabilirsiniz. Belediyeye sorun.
uitkomst-aanvragen = Belediyeye başvurun
uitkomst-in-geld-bron = Bunu para olarak da alabileceğiniz şurada yazıyor:

## Keeping answers on this device
bewaar-keuze = Cevaplarımı bu cihazda sakla
bewaar-uitleg = Sadece bunu açarsanız saklanır. Bunu başkalarıyla paylaştığınız bir bilgisayarda yapmayın.
bewaar-wis = Bilgilerimi sil
bewaar-gewist = Bilgileriniz bu cihazdan silindi.
bewaar-nieuw-gedaan = Tüm cevaplar silindi.

## Volunteer mode (formulierenbrigade)
brigade-melding = Gönüllü modu: hiçbir şey saklanmaz.
brigade-wis-vraag = Bu hanenin tüm cevapları silinecek. Bu kişi işini bitirdi mi?
brigade-huishouden-gewist = Önceki haneye ait her şey silindi. Sonraki haneyle başlayabilirsiniz.
brigade-samen-met-vrijwilliger = Formulierenbrigade (form doldurma yardımı) ekibinden bir gönüllüyle birlikte dolduruldu.

## A request for a conversation that has not been sent yet
postvak-wacht = Görüşme talebiniz henüz gönderilmedi. Bağlantı olur olmaz göndereceğiz.
postvak-onverstuurd-wissen = Henüz gönderilmemiş bir görüşme talebi var. Devam ederseniz bu talep silinir. Devam edilsin mi?

## Gelirim değişirse ne olur? (grafiek.js)
grafiek-kop = Gelirim değişirse ne olur?
grafiek-uitleg = Aylık geliriniz daha yüksek veya daha düşük olsaydı hangi düzenlemeleri muhtemelen alacağınızı burada görürsünüz. Diğer cevaplarınız aynı kalır.
grafiek-beschrijving = Gelirinize bağlı { $aantal } düzenlemenin grafiği. Aynı rakamlar aşağıdaki tabloda.
grafiek-as = Aylık gelir
grafiek-nu = Şu an siz: { $bedrag }
grafiek-stappen = Grafik aylık € 0 ile { $max } arasını gösterir: { $norm } tutarındaki sosyal yardım normunun iki katı.
grafiek-tabel = Rakamları tabloda göster
grafiek-tabel-bijschrift = Gelirim değişirse ne olur? Her düzenleme için: hangi aylık gelirde
grafiek-kolom-inkomen = Aylık gelir
grafiek-kolom-uitkomst = Sonuç
grafiek-tot = { $tot } dahil bu tutara kadar
grafiek-bereik = { $van } ile { $tot } arası, dahil
grafiek-vanaf = { $van } veya daha fazla
