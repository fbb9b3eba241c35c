# The kitchen-table conversation (www/scherm-gesprek.js, www/keukentafel.js): the form, the check
# per field and what happened to the request. $gemeente is the municipality's name.

## The form
gesprek-kop = Kişisel görüşme (keukentafelgesprek) isteyin
gesprek-intro = Kişisel görüşmede (keukentafelgesprek) { $gemeente } belediyesi sizinle birlikte tüm durumunuza bakar: para, borçlar, bakım ve diğer konular. Görüşme ücretsizdir. Belediyenin size nasıl ulaşabileceğini yazın.
gesprek-naam = Adınız
gesprek-telefoon = Telefon numarası
gesprek-email = E-posta adresi
gesprek-bereikbaar = En az bir telefon numarası veya bir e-posta adresi girin.
gesprek-voorkeur = Görüşme nerede olsun?
gesprek-voorkeur-thuis = Benim evimde
gesprek-voorkeur-gemeentehuis = Belediye binasında
gesprek-voorkeur-telefoon = Telefonda
gesprek-moment = Size hangi zaman uygun? (boş bırakılabilir)
gesprek-vraag = Ne hakkında konuşmak istiyorsunuz? (boş bırakılabilir)
gesprek-delen = Belediye bu hesaplama aracından neleri görebilir?
gesprek-delen-alleen-contact = Sadece adım ve bana nasıl ulaşabilecekleri
gesprek-delen-met-uitkomst = Cevaplarım ve bu hesaplama aracının sonucu da
gesprek-vrijwilliger = Formulierenbrigade (form doldurma yardımı) ekibinden biri bunu doldurmama yardım ediyor; belediye bunu bilebilir.
gesprek-bewaren = Talebim gönderilene kadar bu cihazda saklansın (şu anda internet yoksa).
gesprek-toestemming-kop = İzin
gesprek-doel = { $gemeente } belediyesi, burada girdiğiniz bilgileri sadece kişisel görüşme (keukentafelgesprek) için sizinle iletişime geçmek amacıyla kullanır.
gesprek-bewaartermijn-onbekend = Belediyenin talebinizi ne kadar süre sakladığı, belediyenin gizlilik beyanında (privacyverklaring) yazılıdır:
gesprek-toestemming = { $gemeente } belediyesinin bu talebi almasına ve kişisel görüşme (keukentafelgesprek) için kullanmasına izin veriyorum.
gesprek-verstuur = Talebimi gönder
gesprek-mail = Belediyeye bir e-posta oluşturun
gesprek-geen-adres = Bu belediye talepleri almak için henüz bir adres belirlemedi. Talebinizi içeren bir mektubu indirin veya yazdırın. Belediyeye götürün veya gönderin.
gesprek-download = Mektubu indir
gesprek-print = Mektubu yazdır
gesprek-terug = Sonuca geri dön
gesprek-fouten-kop = Önce bunu düzeltin:

## What happened to the request
gesprek-ontvangen = Talebiniz { $referentie } numarasıyla alındı. Belediye sizinle iletişime geçecek.
gesprek-wacht = Henüz gönderilmedi. Şu anda belediyeyle bağlantı yok. Bu sayfa açık kaldığı sürece yeniden denemeye devam ediyoruz. Talebinizi indirebilirsiniz de.
gesprek-opnieuw = Şimdi yeniden deneyin
gesprek-geweigerd = Belediye talebinizi kabul edemedi: { $fout }. Bilgilerinizi düzeltip yeniden gönderin veya talebinizi indirin.
gesprek-aanpassen = Bilgileri düzeltin

## The check of the form, one message per field
gesprek-fout-naam = Adınızı girin.
gesprek-fout-bereikbaar = Belediyenin size ulaşabilmesi için bir telefon numarası veya e-posta adresi girin.
gesprek-fout-telefoon = Bu bir telefon numarası değil. 06-12345678 gibi yazın.
gesprek-fout-email = Bu bir e-posta adresi değil. isim@ornek.nl gibi yazın.
gesprek-fout-voorkeur = Görüşmenin nerede olmasını istediğinizi seçin.
gesprek-fout-toestemming = İzniniz olmadan hiçbir şey göndermeyiz. Kabul ediyorsanız kutuyu işaretleyin.

## The request as text for the municipality (the e-mail): always in Dutch, because the
## municipality reads it. Other languages translate these messages anyway (the catalog check
## wants every key), so that the request can later come along in the resident's language too.
verzoek-onderwerp = Kişisel görüşme (keukentafelgesprek) talebi
verzoek-kop = { $gemeente } belediyesiyle kişisel görüşme (keukentafelgesprek) talebi
verzoek-naam = Ad: { $naam }
verzoek-telefoon = Telefon: { $telefoon }
verzoek-email = E-posta: { $email }
verzoek-voorkeur = Tercih: { $voorkeur }
verzoek-moment = Uygun zaman: { $moment }
verzoek-vraag = Konuşmak istediğim konu: { $vraag }
verzoek-vrijwilliger = Formulierenbrigade (form doldurma yardımı) ekibinden bir gönüllüyle birlikte dolduruldu.
verzoek-uitkomst = Hakkınızı hesaplayın (Bereken uw recht) sonucu (referans tarihi: { $peildatum }):
verzoek-kenmerk = Referans: { $kenmerk }
gesprek-demo = Bu bir gösterimdir. Talebiniz belediyeye değil, bu bilgisayardaki bir test alıcısına gider.

## De brief (brief.js)
brief-titel = Mektup: mutfak masası görüşmesi talebi
brief-aan = Alıcı: { $gemeente } belediyesi
brief-datum = Tarih: { $datum }
brief-tekst = Belediyeden, düşük gelirli kişilere yönelik yardım ve düzenlemeler hakkında bir görüşme istiyorum. Bilgilerim aşağıdadır.
brief-alleen-contact = Bu mektupta yalnızca iletişim bilgilerimi paylaşıyorum.
brief-geen-regelingen = Bereken uw recht'e göre muhtemelen hiçbir düzenlemeden yararlanamıyorum. Bunu birlikte incelemek istiyorum.
brief-andere-regelingen = Bu, Bereken uw recht ile yapılmış bir tahmindir. Belediye başvurudan sonra karar verir.
brief-waar-website = Bu mektubu { $gemeente } belediyesine götürün veya gönderin. Adres { $website } adresinde.
brief-waar = Bu mektubu { $gemeente } belediyesine götürün veya gönderin. Adresi belediyeye sorun.
brief-handtekening = İmza: ______________________
brief-niet-verstuurd = Bu mektup { $datum } tarihinde Bereken uw recht ile hazırlandı. Belediyeye gönderilmedi: kendiniz teslim edin veya gönderin.
brief-nederlands = Aynı mektup Felemenkçe, belediye için
