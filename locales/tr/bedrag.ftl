# The estimated amount, the means (draagkracht) and what they leave special assistance to pay
# (src/evaluate/bedrag.rs, woning.rs, vergoeding.rs, specifiek.rs), the margin (marge.rs) and
# who applies (rollen.rs).

## Amount: a percentage of the standard per year
bedrag-norm-onbekend = Tutar, { $januari } tarihindeki sosyal yardım normuna (bijstandsnorm) bağlıdır. Bu normu bilmiyoruz.
# $vakantietoeslag: inclusief or zonder; $afronding: hele_euros or centen.
bedrag-gehuwden = Evliler için tutar, evliler normunun { $procent } oranıdır; yıllık olarak: { $jaarbedrag }{ $afronding ->
    [hele_euros] {" "}(tam avroya yukarı yuvarlanmış)
   *[centen] {""}
}. Evliler normu ayda { $maandnorm }, tatil ödeneği (vakantietoeslag) { $vakantietoeslag ->
    [inclusief] dahil
   *[zonder] hariç
} ({ $normdatum } tarihindeki norm).
bedrag-norm-ouder = Bu düzenleme { $januari } tarihindeki normu kullanır. Bu norm henüz bu hesaplama aracında yok; biz { $normdatum } tarihindeki normu kullanıyoruz. Bu yüzden tutar bir tahmindir.
bedrag-geschat = Sizin için tahmini tutar: yılda { $bedrag }. Bu, { leefvorm } için evliler tutarının { $deel } oranıdır.
bedrag-gezinssituatie = Tutar, aile durumunuza bağlıdır.
bedrag-partner-recht-aangenomen = Partnerinizin geçerli bir oturma izni (verblijfstitel) yoksa veya partneriniz cezaevindeyse (detentie), bekâr kişi veya tek ebeveyn tutarını alırsınız (madde 7.4.3, fıkra 2). Bu henüz doldurulmadı; biz evliler tutarıyla hesaplıyoruz.
bedrag-partner-voldoet-niet = Partneriniz tüm koşulları karşılamıyor. Bunu sadece partnerinizin sosyal yardım (bijstand) hakkı yoksa (geçerli oturma izni yoksa veya cezaevindeyse) alırsınız; o zaman bekâr kişi (veya tek ebeveyn) tutarıyla (madde 7.4.3, fıkra 2).
bedrag-partner-zonder-recht = Partnerinizin sosyal yardım (bijstand) hakkı yok (geçerli oturma izni yok veya cezaevinde). Bu yüzden bekâr kişi veya tek ebeveyn tutarını alırsınız (madde 7.4.3, fıkra 2).

## Amount: fixed, or in a document we do not have
# $maximaal: ja or nee; $per: maand, jaar or eenmalig.
bedrag-vast = { $per ->
    [maand] Ayda
    [jaar] Yılda
   *[eenmalig] Bir defaya mahsus
} { $maximaal ->
    [ja] en fazla { $bedrag }
   *[nee] { $bedrag }
}.
bedrag-in-document = Ne kadar alacağınız şurada yazılıdır: { $document }. Bu araç bunu hesaplamaz. Tutarı belediye size söyler.

## Means (draagkracht)
draagkracht-in-document = Kendinizin ne kadar ödemesi gerektiği (ödeme gücünüz, draagkracht) şurada yazılıdır: { $document }. Bu araç bunu hesaplamaz. Belediye bunu sizin için hesaplar.
draagkracht-schuldregeling = Yasal bir borç yapılandırmasındasınız (schuldsanering, Wsnp) veya kredi bankası (Stadsbank) aracılığıyla uzlaşmalı bir borç düzenlemesindesiniz (minnelijke schuldregeling). Bu süreç devam ettiği sürece ödeme gücünüz (draagkracht) yoktur: kendiniz hiçbir şey ödemeniz gerekmez.
draagkracht-aow-onbekend = Devlet emekli maaşı (AOW) alıyorsanız, belediye ödeme gücünüzü (draagkracht) { $aow_maanden } ay üzerinden hesaplar; almıyorsanız { $maanden } ay üzerinden. Yaşınızı sadece yıl olarak bildiğimiz için devlet emeklilik yaşına (AOW-leeftijd) ulaşıp ulaşmadığınızı göremiyoruz.
# $vermogen: ja if assets above the limit count, else nee; $nodig: a list.
draagkracht-nog-nodig = Ödeme gücünüz (draagkracht), { $maanden } ay üzerinden, gelirinizin sosyal yardım normunun (bijstandsnorm) { $boven_procent } oranını aşan kısmının { $inkomen_procent } oranıdır{ $vermogen ->
    [ja] ; buna varlığınızın (vermogen) hesaba katılan kısmı da eklenir
   *[nee] {""}
}. Bunu hesaplamak için hâlâ şunlar gerekli: { $nodig }.
draagkracht-berekend = Geliriniz, sosyal yardım normunun (bijstandsnorm) { $procent } oranından ({ $grens }) yüksek. O zaman belediye, son 36 aydaki gerçek gelir ve giderlerinize bakarak ne kadar biriktirebileceğinizi hesaplar. Bunu sizin için hesaplayamıyoruz.
draagkracht-spaargeld-genoeg = Ama her zaman hesaba katılan birikiminiz ({ $spaargeld }) masraflarınız için zaten yeterli.
# $vermogen: which assets count (vermogensgrens, alles, norm, bedrag), or nee where none do;
# $vrijlating: the amount left free under [bedrag].
draagkracht-bedrag = Ödeme gücünüz (draagkracht) { $draagkracht }. Bu, { $maanden } ay üzerinden, gelirinizin { $grens } tutarını aşan kısmının { $inkomen_procent } oranıdır{ $vermogen ->
    [vermogensgrens] ; buna varlık sınırını (vermogensgrens) aşan varlığınız ({ $vermogensdeel }) da eklenir
    [alles] ; buna tüm birikiminiz ve bankadaki paranız ({ $vermogensdeel }) da eklenir
    [norm] ; buna bankadaki paranızın, tatil parası (vakantiegeld) dahil sosyal yardım normunu aşan kısmı ({ $vermogensdeel }) da eklenir
    [bedrag] ; buna { $vrijlating } tutarını aşan birikiminiz ve nakit paranız eklenir, ya da bu daha fazlaysa varlık sınırını (vermogensgrens) aşan tüm varlığınız (kendi evinizdeki varlık da dahil) eklenir ({ $vermogensdeel })
   *[nee] {""}
}. { $grens } tutarı, { $norm } tutarındaki sosyal yardım normunun (bijstandsnorm) { $boven_procent } oranıdır ({ $normdatum } tarihindeki norm). Bu kısmı kendiniz ödersiniz; bunun üzerinde gereken kısmı özel sosyal yardım (bijzondere bijstand) ödeyebilir.
draagkracht-schuldregeling-open = Yasal bir borç yapılandırmasında (schuldsanering, Wsnp) veya kredi bankası (Stadsbank) aracılığıyla uzlaşmalı bir borç düzenlemesinde (minnelijke schuldregeling) misiniz? O zaman bu süreç devam ettiği sürece ödeme gücünüz (draagkracht) yoktur.
draagkracht-zorgkosten = Tıbbi masraflar için ödeme gücünüz (draagkracht), { $maanden } ay üzerinden { $draagkracht }: normun { $tot_procent } oranına kadar olan gelir için en fazla { $verlaging } düşülür.
draagkracht-op-bijstand = Sosyal yardım (bijstand) alıyorsunuz. O zaman belediye ödeme gücünüzün (draagkracht) olmadığını kabul edebilir; sosyal yardım ödeneğinden biriktirdiğiniz para hesaba katılmaz. Yukarıdaki ödeme gücü bu yüzden olabilecek en yüksek tutardır.
draagkracht-bijstand-open = Sosyal yardım ödeneği (bijstandsuitkering) alıyor musunuz? O zaman belediye ödeme gücünüzün (draagkracht) olmadığını kabul edebilir.
draagkracht-kosten-zonder-bedrag = Masraflarınızdan bir veya birkaçının tutarını henüz bilmiyoruz; bunları tahmin etmiyoruz.

## Equity in the own home above the limit (Montferland 003 par. 5.10)
woning-precies-grens = Kendi evinizdeki varlığınız sınırın üzerinde. Tüm masraflarınız için toplam yardım yılda tam { $grens } olarak tahmin ediliyor; bu, sınırın kendisidir: belediye karar verir.
woning-onder-grens = Kendi evinizdeki varlığınız sınırın üzerinde. Tüm masraflarınız için toplam yardım yılda { $grens } tutarından az olduğu için (tahmini { $totaal }), belediye bu yardımı ek bir inceleme yapmadan verir.
woning-boven-grens = Kendi evinizdeki varlığınız sınırın üzerinde. Tüm masraflarınız için toplam yardım yılda { $totaal } olarak tahmin ediliyor. Yardım yılda { $grens } tutarından fazlaysa belediye başvuruyu reddeder. Ancak evinizi satmanızı veya ev üzerine (daha fazla) borç almanızı istemek makul değilse reddetmez. Buna belediye karar verir.

## What special assistance pays
vergoeding-gedekt = Masraflarınız ({ $kosten }), ödeme gücünüzden (draagkracht, { $draagkracht }) yüksek değil. Kendiniz ödeyebileceğiniz kısmı özel sosyal yardım (bijzondere bijstand) karşılamaz.
vergoeding-een-keer = Ödeme gücünüz (draagkracht), tüm masraflarınız için toplamda sadece bir kez sayılır. Bunun { $gebruikt } kadarı, yukarıdaki bir düzenlemenin masrafları için zaten kullanıldı; burada geriye { $over } kalıyor.
# $soort: the kind of cost (a list of one); $naam and $kruimel: names of schemes.
vergoeding-eigen-regeling-nee-kruimel = Belediyenin, { $soort } ile ilgili masraflarınız için ayrı bir düzenlemesi var: '{ $naam }'. O düzenleme bu masrafları sizin için karşılamıyor, bu yüzden bu düzenleme de karşılamaz. Ancak '{ $kruimel }', bunları sonradan ödenen küçük masraflar olarak belki karşılayabilir.
vergoeding-eigen-regeling-nee = Belediyenin, { $soort } ile ilgili masraflarınız için ayrı bir düzenlemesi var: '{ $naam }'. O düzenleme bu masrafları sizin için karşılamıyor, bu yüzden bu düzenleme de karşılamaz.
vergoeding-eigen-regeling = Belediyenin, { $soort } ile ilgili masraflarınız için ayrı bir düzenlemesi var: '{ $naam }'. Belediyenin bu masrafları karşılayıp karşılamayacağına ve nasıl karşılayacağına o düzenleme karar verir. Lütfen oraya bakın.
vergoeding-alle-eigen-regeling-nee = Tüm masraflarınız belediyenin ayrı bir düzenlemesine giriyor ve o düzenleme bunları karşılamıyor. O zaman bu genel düzenleme de karşılamaz.

## The margin. $richting: meer or minder; $status: ja, misschien or nee.
marge-stap = Aylık geliriniz { $verschil } { $richting ->
    [meer] daha fazla
   *[minder] daha az
} olursa sonuç '{ $status ->
    [ja] muhtemelen evet
    [misschien] belki
   *[nee] muhtemelen hayır
}' olur.

## Who applies
rol-partner-vraagt-aan-als-alleenstaande = Sizin kendi sosyal yardım (bijstand) hakkınız yok (geçerli oturma izniniz yok veya cezaevindesiniz), ama partnerinizin var. O zaman partneriniz bunun için başvurabilir; bekâr kişi (veya tek ebeveyn) tutarıyla. Aşağıda size hitap eden cümleler partnerinizle ilgilidir.
rol-partner-vraagt-aan = Bunun için kendiniz başvuramazsınız (geçerli oturma izniniz yok, cezaevindesiniz veya 18 yaşından küçüksünüz), ama partneriniz başvurabilir. Aşağıda size hitap eden cümleler partnerinizle ilgilidir.
