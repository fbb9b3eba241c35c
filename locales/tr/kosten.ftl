# The reasons for the cost conditions (src/evaluate/redenen/kosten.rs): whether a cost fits the
# scheme, and which ground for refusal decides it.

## Names of costs. $soort and $apparaat: the id from the answers.
kosten-soort = { $soort ->
    [medisch] tıbbi bakım
    [witgoed] beyaz eşya
    [computer] bilgisayar
    [babyuitzet] bebek çeyizi
    [uitvaart] cenaze
    [bewindvoering] mali vesayet
    [reiskosten] ulaşım
    [kinderopvang] çocuk bakımı
    [verhuizing] taşınma
    [afval] çöp
    [waarborgsom] kira depozitosu
    [alimentatie] nafaka
    [boete] para cezası
    [schade] hasar
    [schuldaflossing] borç ödeme
    [huurschuld] kira borcu
    [energieschuld] enerji borcu
    [budgetbeheer] bütçe yönetimi
    [leges_verblijfsvergunning] oturma izni harcı
    [naturalisatie] vatandaşlığa geçiş
    [eigen_risico] sağlık sigortası katkı payı (eigen risico)
   *[overig] diğer
}
kosten-apparaat = { $apparaat ->
    [wasmachine] çamaşır makinesi
    [koelkast] buzdolabı
   *[kookapparatuur] ocak
}
# Names one after another: "a or b or c", "a and b and c", "a, b, c".
kosten-reeks-of = { $eerste } veya { $rest }
kosten-reeks-en = { $eerste } ve { $rest }
kosten-reeks-komma = { $eerste }, { $rest }

## Whether the costs fit the scheme
kosten-onbekend = Şu konuda masrafınız olup olmadığını henüz bilmiyoruz: { $waarvoor }.
kosten-alleen-al-betaald = Bu düzenleme, zaten ödediğiniz küçük masraflar içindir. Henüz ödemeniz gereken masraflar için önceden özel sosyal yardım (bijzondere bijstand) başvurusu yapın.
kosten-niet-klein = { $aantal ->
        [one] Masrafınız ({ $wat }) { $max } tutarından yüksek: bu küçük bir masraf değil.
       *[other] Masraflarınızın ({ $wat }) her biri { $max } tutarından yüksek: bunlar küçük masraf değil.
    }
kosten-geen-opgegeven = Şunlar için hiç masraf girmediniz: { $waarvoor }.
kosten-bedragen-ontbreken = Her masraf kalemi için tutarı girin.
kosten-totaal-al-betaald = Zaten ödediğiniz küçük masrafların toplamı { $totaal }; sınır, takvim yılı başına { $max }. Henüz ödemeniz gereken masraflar için önceden özel sosyal yardım (bijzondere bijstand) başvurusu yapın.
kosten-totaal = Masraflarınızın toplamı { $totaal }; sınır, takvim yılı başına { $max }.
kosten-passen = Masraflarınız ({ $wat }) bu düzenlemeye uygun.
kosten-passen-afwijzingsgrond = Masraflarınız ({ $waarvoor }) bu düzenlemeye uygun. Ama belediyenin bunları karşılayıp karşılayamayacağına, bu düzenlemenin bir ret gerekçesi karar verir.

## What a cost lacks, or what does not fit
kosten-apparaat-ontbreekt = Hangi cihaz olduğunu belirtin ({ $items }).
kosten-ander-apparaat = Bu düzenleme { $items } için geçerlidir, { $wat } için değil.
kosten-vervanging-ontbreekt = Lütfen belirtin: { $wat } eskisinin yerine mi alınıyor?
kosten-geen-vervanging = Bu, { $wat } için ilk satın alma veya onarım; düzenleme sadece eskisinin yenilenmesi için geçerlidir.
kosten-jaren-ontbreekt = Lütfen belirtin: { $wat } için kaç yıl önce ödeme (vergoeding) aldınız, yoksa bu ilk kez mi?
kosten-te-recent = { $jaren } yıl önce { $wat } için zaten ödeme aldınız. Bu, { $minimaal } yılda bir mümkündür.
kosten-kinderen-tellen-mee-ontbreekt = Son 60 ayda Kinderen tellen mee aracılığıyla bir bilgisayar gelip gelmediğini belirtin.
kosten-eerste-kind-ontbreekt = Bebek çeyizinin ilk çocuğunuz için olup olmadığını belirtin.
kosten-niet-eerste-kind = Bebek çeyizi sadece ilk çocuk için verilir: sonraki bir çocuk için eşyalar genellikle zaten vardır.
kosten-overledene-ontbreekt = Kimin vefat ettiğini belirtin.
kosten-andere-overledene = Partneriniz, çocuğunuz veya anne-babanız dışında birinin cenazesi için ilke olarak özel sosyal yardım (bijzondere bijstand) yoktur: masraflar mirastan ödenir.
kosten-wsnp-ontbreekt = Mali vesayetin (bewindvoering) yasal borç yapılandırmasına (schuldsanering, WSNP) ait olup olmadığını belirtin.
kosten-wsnp = Yasal borç yapılandırması (schuldsanering, WSNP) içindeki mali vesayet (bewindvoering) için özel sosyal yardım (bijzondere bijstand) mümkün değildir: bu masraflar başka bir yolla ödenir.
kosten-reisdoel-ontbreekt = Ne için yolculuk yaptığınızı belirtin.
kosten-ander-reisdoel = Yol masrafları sadece şunlar için karşılanır: belediye dışındaki bir doktor veya uzman, hastanede veya cezaevinde olan birinci derece bir akraba (anne-baba veya çocuk), yakında uygun bir okul olmadığı için uzaktaki bir okul veya işe yeniden katılım (re-integratie). Diğer yolculukları sosyal yardım normundan (bijstandsnorm) kendiniz ödersiniz.
kosten-afstand-ontbreekt = Tek yön yolculuğun kaç kilometre olduğunu belirtin.
kosten-korte-reis = Tek yön yolculuk { $km } km. Sınır { $minimaal } km; bunun altında sadece sağlık şikâyetleri veya özel bir durum varsa ödenir.
kosten-dreiging-ontbreekt = Evden çıkarılma veya gaz, su ya da elektriğin kesilmesi tehlikesi olup olmadığını belirtin.
kosten-geen-dreiging = Bu borç için kredi (lening) sadece yaklaşan bir evden çıkarılmayı veya kesintiyi önlemek için verilebilir.
kosten-opvangreden-ontbreekt = Neden çocuk bakımına (kinderopvang) ihtiyacınız olduğunu belirtin.
kosten-andere-opvangreden = Çocuk bakımı (kinderopvang) için özel sosyal yardım (bijzondere bijstand) şu durumlarda mümkündür: işe yeniden katılım (re-integratie) veya uyum süreci (inburgering) sırasında, sosyal yardımdan çıkıp işe başladıktan sonra veya sosyal-tıbbi bir gerekçe (sociaal-medische indicatie) varsa.
kosten-via-kinderen-tellen-mee = Son 60 ayda Kinderen tellen mee aracılığıyla zaten bir bilgisayar geldi.

## Grounds for refusal. $wat: a cost in words (afwijzing-kost).
afwijzing-kost = { $soort ->
    [alimentatie] nafaka
    [boete] bir para cezası
    [schade] hasar
    [schuldaflossing] borçların ödenmesi
    [huurschuld] bir kira borcu
    [energieschuld] gaz, su veya elektrik borcu
    [naturalisatie] vatandaşlığa geçiş (naturalisatie)
    [eigen_risico] sağlık sigortanızın zorunlu katkı payı (eigen risico)
   *[other] bu masraflar ({ kosten-soort })
}
afwijzing-kosten-onbekend = Hangi masraflarınız olduğunu henüz bilmiyoruz.
afwijzing-geen-kosten = Hiç masraf girmediniz: o zaman şu anda başvurulacak bir şey yok. Kendiniz ödeyemediğiniz zorunlu masraflarınız varsa, lütfen onları girin.
afwijzing-niets-getoetst = Bu düzenlemenin ret gerekçelerine göre kontrol ettiği hiçbir masraf yok.
afwijzing-nooit = Belediye, { $wat } için hiçbir zaman özel sosyal yardım (bijzondere bijstand) vermez; acil bir durumda bile vermez.
afwijzing-uitgesloten = Özel sosyal yardım (bijzondere bijstand), { $wat } için mümkün değildir. Belediye sadece çok acil nedenlerle, örneğin akut bir acil durumda, istisna yapabilir.
afwijzing-zeer-dringend-ontbreekt = Özel sosyal yardım (bijzondere bijstand), { $wat } için ilke olarak mümkün değildir. Akut bir acil durum olup olmadığını belirtin: belediye sadece o zaman istisna yapabilir.
afwijzing-zeer-dringend = Özel sosyal yardım (bijzondere bijstand), { $wat } için ilke olarak mümkün değildir. Akut bir acil durum olduğunu belirtiyorsunuz: o zaman belediye istisna yapabilir (çok acil nedenler, madde 16). Buna belediye bir görüşmeden sonra kendisi karar verir. Belediyeden kişisel bir görüşme (keukentafelgesprek) isteyin.
afwijzing-al-betaald-nooit = Siz { $wat } için zaten ödeme yaptınız. Belediye, başvurudan önceki masraflar için özel sosyal yardım (bijzondere bijstand) vermez.
afwijzing-al-betaald = Siz { $wat } için zaten ödeme yaptınız. Başvurudan önceki masraflar için özel sosyal yardım (bijzondere bijstand) ilke olarak mümkün değildir; belediye karar verir.
afwijzing-voorliggend-ontbreekt = Başka bir düzenlemenin, örneğin sağlık sigortanızın veya çocuk bakım ödeneğinin (kinderopvangtoeslag), { $wat } için tüm ödemeyi zaten yapıp yapmadığını belirtin.
afwijzing-voorliggend = Başka bir düzenleme { $wat } için zaten ödeme yapıyor. O düzenleme önce gelir (voorliggende voorziening); bunun için özel sosyal yardım (bijzondere bijstand) gerekmez.
afwijzing-geen-van-deze = Masraflarınızdan hiçbiri { $namen } değil; belediye { $namen } için özel sosyal yardım (bijzondere bijstand) vermez.
afwijzing-geen = Masraflarınızdan hiçbiri, özel sosyal yardımın (bijzondere bijstand) ret gerekçelerine girmiyor.
afwijzing-andere-kosten = Diğer masraflarınız için bu ret gerekçelerinden hiçbiri geçerli değil.
