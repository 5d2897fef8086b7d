/**
 * Every cue word, lexicon, pattern and threshold of the quotation finder, each with the reason it
 * exists. Words are lower case; lookups lower-case the text first. Change a rule here, then run
 * `npx tsx src/cli/scoreAttribution.ts` and refresh the golden fixtures (`npm run fixtures`).
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((w) => w !== ''));
}

function sequences(list: readonly string[]): readonly (readonly string[])[] {
  return list.map((phrase) => phrase.split(' '));
}

function pairs(list: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  return new Map(list);
}

export const QUOTE_RULES = {
  // ——— Quotation marks ———
  /** Double marks that may open or close a quotation. Outlets mix them: ” and “ both open and close. */
  doubleMarks: new Set(['"', '“', '”', '„', '«', '»']),
  /** A mark after one of these (or at the start) leans open: "(“Kami…", "— “Ya…". */
  opensAfter: /[\s([{<\u2014\u2013/-]/u,
  /** A mark before one of these (or at the end) leans closed: "…siap,” kata", "…saja”)." */
  closesBefore: /[\s.,;:!?)\]}>…\u2014\u2013-]/u,

  // ——— Quotations that are not speech ———
  /**
   * A quoted stretch right after one of these names a title, an event, a slogan or a term, not
   * something said: buku berjudul "…", acara bertajuk "…", slogan "…", yang disebut "…".
   */
  titleCues: words(`
    berjudul bertajuk bertema bertemakan bertitel berlabel bernama dinamai dinamakan dijuluki
    berjuluk julukan bertagar tagar tagline slogan semboyan moto motto jargon judul tema
    film buku novel lagu album single puisi lakon drama serial sinetron program acara festival
    gerakan kampanye operasi istilah frasa akronim singkatan kolom rubrik merek brand aplikasi
    kode nama titled entitled dubbed named nicknamed hashtag book film song album slogan motto
    campaign program programme festival term phrase`),
  /** Articles between a title cue and its title: "dubbed the "…"", "film sang "…"". */
  articles: words('the a an sang si'),
  /** "yang disebut "…"", "so-called "…"": a term held at arm's length, not a quotation. */
  soCalledCues: sequences([
    'yang disebut',
    'yang dikenal sebagai',
    'yang dinamai',
    'so-called',
    'so called',
  ]),
  /** At most this many words, each capitalised, and a quotation reads as a name or title. */
  titleCaseMaxWords: 6,

  // ——— Indonesian cues ———
  /**
   * Cue words that come after the quotation, with the speaker after them: "…," kata Budi.
   * Each also takes -nya ("katanya", "tambahnya") for the speaker last named.
   */
  postCues: words(`
    kata ujar ucap ungkap tutur jelas tegas imbuh tambah sebut terang tanya pungkas tulis harap
    lanjut papar seru sahut jawab kilah aku klaim timpal cetus tandas beber urai tukas sergah
    keluh ajak imbau pinta sambung kisah bilang celetuk kenang akui ingat desak teriak pekik
    sorak`),
  /** Cues of an answer: "jawabnya" means the one who was asked, not the one who asked. */
  answerCues: words('jawab sahut timpal balas'),
  /**
   * Verbs with the speaker before them and what is said after: "Budi mengatakan (bahwa) …".
   * The strong ones always report speech.
   */
  speechVerbs: words(`
    mengatakan menyatakan menegaskan menjelaskan menekankan mengklaim melaporkan menyebut
    menyebutkan mengungkapkan mengungkap menuturkan menambahkan memperingatkan
    mengumumkan memastikan membantah menampik menuding menuduh mengingatkan berkata berujar
    bertanya menanyakan menulis menyerukan mengisahkan menceritakan bercerita menerangkan
    memaparkan membeberkan menguraikan menandaskan menjawab berdalih berkilah mengatakannya
    mengemukakan menuturkannya mengutarakan berpesan mengimbuhkan menyimpulkan
    mengeluhkan menginformasikan memberitahukan mengabarkan mencuit berkomentar menimpali
    menyahut berseru berteriak bergumam berbisik`),
  /**
   * Verbs that introduce a speaker without plainly being verbs of saying (membenarkan, mengakui,
   * menilai): they report speech only before a clause, and always make their subject the one a
   * later "-nya" or "ia" refers to.
   */
  weakSpeechVerbs: words(`
    membenarkan mengakui menilai berharap mengharapkan meminta mendesak mengimbau menduga
    memperkirakan memprediksi meyakini berpendapat mengaku berjanji menjanjikan menganggap
    mengkritik menyoroti menyinggung menggarisbawahi mengajak menantang menyayangkan menyampaikan
    menuntut mendorong mengecam memprotes mengancam
    mengapresiasi menyesalkan mencurigai menyarankan mengusulkan meramalkan memproyeksikan
    berpandangan menegaskannya yakin optimistis khawatir mengonfirmasi
    mengkonfirmasi mengomentari menanggapi`),
  /** A verb after one of these shares the subject of the verb before: "mengecam … dan mengatakan". */
  coordinators: words('dan serta lalu kemudian sekaligus sambil seraya'),
  /** A verb after one of these reports nothing: "Rusia belum mengonfirmasi …", "tidak mengatakan". */
  negations: words('belum tidak tak bukan enggan tanpa not never'),
  /**
   * Weak verbs report speech only before "bahwa" or a clause: this many words, one of them a
   * verb or an auxiliary ("meminta maaf atas gangguan itu" reports nothing).
   */
  weakSpeechMinWords: 4,
  /** Verb prefixes (meN-, ber-, di-, ter-) that mark a clause in the content of a weak verb. */
  clauseVerb: /^(?:me|ber|di|ter)\p{L}{4,}$/u,
  /** Particles between a verb and what it reports that belong to the verb: "menambahkan pula, …". */
  verbParticles: words('juga pun pula lagi kemudian lebih lanjut'),
  /** Words with a verb's prefix that are no verbs: "tersebut", "terhadap", "menurut", "dinas". */
  notVerbs: words(`
    tersebut terhadap terutama terakhir termasuk tertentu terkait tertinggi terbesar terbaru
    menurut menteri memang mengenai berita beberapa bersama berbagai berdasarkan berupa
    dinas direktur diri dirinya diskusi dini`),
  /** Auxiliaries and adverbs that mark a clause as well: "… sudah bermasalah", "… masih lemah". */
  clauseWords: words(`
    akan sudah telah tidak tak harus perlu bisa dapat masih sedang belum sangat sempat pernah
    mampu ingin mau boleh wajib segera terus tetap kembali naik turun ada masuk keluar pulang
    datang hilang habis mundur maju jadi lahir mati tiba`),
  /** Strong verbs need at least this many words of content to report anything. */
  reportedMinWords: 2,
  /** Words that open the content of reported speech and are not part of it. */
  complementisers: words('bahwa agar supaya jika apakah kalau'),
  /** Passive summaries that attribute what came before: "Hal itu disampaikan Kepala BPBD …". */
  passiveCues: words(`
    dikatakan disampaikan diungkapkan ditegaskan dijelaskan dinyatakan disebutkan diakui
    dituturkan dipaparkan diutarakan dikemukakan ditambahkan diterangkan`),
  /** The subject of a passive summary points back at what was just said. */
  passiveSubjects: words(
    'hal pernyataan keterangan penjelasan demikian begitu informasi itu ini tersebut',
  ),
  /** Post cues that may also open a sentence with the speaker after them: "Kata Adita, …". */
  sentenceInitialCues: words('kata ujar tutur'),
  /** "Menurut X, …" and "…, menurut X." */
  accordingTo: 'menurut',
  /** Phrases naming who relayed a statement, never who made it: "seperti dikutip Reuters". */
  relayOpeners: sequences([
    'seperti dikutip',
    'sebagaimana dikutip',
    'seperti dilansir',
    'sebagaimana dilansir',
    'seperti diberitakan',
    'seperti dilaporkan',
    'sebagaimana dilaporkan',
    'dikutip dari',
    'dikutip',
    'dilansir dari',
    'dilansir',
    'melansir',
    'mengutip dari',
    'mengutip',
    'as quoted by',
    'as reported by',
    'quoted by',
    'citing',
    'according to a report by',
  ]),
  /** The relaying verbs by which an outlet cites the source that actually spoke. */
  citingVerbs: words('mengutip citing'),

  // ——— Speaker mentions ———
  /** Third-person pronouns standing for a speaker. */
  pronouns: words('ia dia beliau mereka he she they it'),
  /** Pronouns that stand for a group or institution. */
  pluralPronouns: words('mereka they it keduanya'),
  /** "pria yang akrab disapa Ucok itu": a relative clause this long may sit inside a description. */
  relativeDescriptionMaxWords: 8,
  /** Words that make a description point back: "perwakilan tersebut", "pejabat itu". */
  anaphoricDeterminers: words('tersebut itu ini the this that'),
  /** A description with one of these is someone new: "warga lainnya". */
  otherMarkers: words('lain lainnya lainya another other'),
  /** Determiners that open an indefinite mention: "seorang perwakilan", "salah satu warga". */
  indefinites: words('seorang sebuah salah satu sang para sejumlah beberapa a an one'),
  /** Nouns that describe a person and, with "itu/tersebut", point back to the last person who spoke. */
  personDescriptions: words(`
    pria wanita perempuan lelaki laki-laki sosok pejabat petinggi politisi politikus tokoh
    bapak ibu ayah pemuda remaja kakek nenek ia official man woman`),
  /**
   * Heads of a role: the word (or first word) that says what someone is. Lower case; a mention
   * whose first content word is here is a role, not a place or a thing.
   */
  roleHeads: words(`
    kepala ketua wakil menteri direktur dirut gubernur bupati walikota camat lurah kades presiden
    wapres kapolda kapolres kapolsek kapolresta kapolri kasat kasatreskrim kasatlantas kabid
    kabag kasubbag kasi kadis kadinkes sekretaris sekjen sekda juru jubir koordinator komandan
    dandim danrem pangdam panglima duta dubes anggota pengamat peneliti dosen guru ekonom analis
    pakar ahli kuasa pengacara advokat jaksa hakim manajer staf pejabat perwakilan utusan plt pj
    pjs warga pedagang petani nelayan sopir saksi korban pemilik pengelola tersangka terdakwa
    rektor dekan ustaz ustadz kiai pendeta romo direktorat ceo pendiri founder kapten pelatih
    pemain atlet aktivis relawan pengurus pembina penasihat asisten deputi komisioner komisaris
    senator legislator politikus politisi menlu menkeu mendagri menhan menkes mentan menag
    menaker menpora mendikbud menko mensesneg menkominfo seskab kapuspen kabareskrim kadiv
    kabidhumas kapendam kasubdit dirreskrimum dirreskrimsus kajari kajati jampidsus jaksa
    agung ketum danlanud danlantamal kasad kasal kasau jenderal perdana raja ratu paus imam
    mahasiswa siswa guru orang ibu ayah istri suami anak kakak adik keluarga tetangga kerabat
    penduduk pengunjung penumpang pasien dokter perawat bidan petugas polisi tentara prajurit
    sumber pejabat diplomat negosiator penyidik penyelidik investigator auditor pengusaha
    investor pengemudi buruh pekerja karyawan pegawai guru kurir satpam penjaga penyanyi
    aktor aktris artis sutradara penulis wartawan jurnalis editor redaktur presenter ulama
    spokesperson spokesman spokeswoman representative envoy ambassador minister president
    official source head chief director governor mayor spokesperson analyst expert researcher
    lawyer prosecutor judge resident witness victim officer police commander secretary
    chairman chairwoman chair member leader adviser advisor economist professor lecturer
    deputy manager founder owner doctor massa demonstran pengunjuk novelis sastrawan seniman budayawan musisi komedian
    sejarawan ilmuwan penyair pelukis desainer koki chef youtuber influencer selebgram
    pengusaha petinju pebulu tangkis pesepak bola pebalap pegolf perenang kiper bek penyerang
    kapten manajer wasit juri dokter psikolog psikiater epidemiolog virolog kriminolog
    sosiolog antropolog arkeolog astronom geolog vulkanolog klimatolog demografer
    novelist writer singer actor actress artist coach player`),
  /** Role heads that are two words; the first word alone means something else. */
  twoWordRoleHeads: pairs([
    ['juru', 'bicara'],
    ['duta', 'besar'],
    ['wali', 'kota'],
    ['kuasa', 'hukum'],
    ['guru', 'besar'],
    ['perdana', 'menteri'],
    ['general', 'manager'],
    ['jaksa', 'agung'],
  ]),
  /** Role heads that mean the same office, so "utusan tersebut" can point back to "duta besar". */
  roleSynonyms: pairs([
    ['utusan', 'duta besar'],
    ['dubes', 'duta besar'],
    ['diplomat', 'duta besar'],
    ['envoy', 'ambassador'],
    ['jubir', 'juru bicara'],
    ['spokesman', 'spokesperson'],
    ['spokeswoman', 'spokesperson'],
    ['walikota', 'wali kota'],
    ['dirut', 'direktur'],
    ['politikus', 'politisi'],
    ['ustadz', 'ustaz'],
    ['pengacara', 'kuasa hukum'],
    ['advokat', 'kuasa hukum'],
    ['penyidik', 'polisi'],
    ['petugas', 'polisi'],
  ]),
  /** Role heads general enough that two bare mentions of them may be two people ("seorang warga"). */
  genericRoleHeads: words(`
    warga pedagang petani nelayan sopir saksi korban orang mahasiswa siswa penduduk pengunjung
    penumpang pasien pekerja karyawan buruh pegawai pengemudi anggota relawan keluarga tetangga
    kerabat wisatawan resident witness victim man woman`),
  /**
   * Short titles of Indonesian offices and what they stand for, so "Menkeu" finds the minister
   * introduced as "Menteri Keuangan Sri Mulyani".
   */
  shortTitles: pairs([
    ['menkeu', 'menteri keuangan'],
    ['menlu', 'menteri luar negeri'],
    ['mendagri', 'menteri dalam negeri'],
    ['menhan', 'menteri pertahanan'],
    ['menkes', 'menteri kesehatan'],
    ['mentan', 'menteri pertanian'],
    ['menag', 'menteri agama'],
    ['menaker', 'menteri ketenagakerjaan'],
    ['menpora', 'menteri pemuda dan olahraga'],
    ['mendikbud', 'menteri pendidikan dan kebudayaan'],
    ['mensesneg', 'menteri sekretaris negara'],
    ['menkominfo', 'menteri komunikasi dan informatika'],
    ['mendag', 'menteri perdagangan'],
    ['menperin', 'menteri perindustrian'],
    ['menhub', 'menteri perhubungan'],
    ['menko', 'menteri koordinator'],
    ['menpan', 'menteri pendayagunaan aparatur negara'],
    ['menparekraf', 'menteri pariwisata dan ekonomi kreatif'],
    ['menteri bumn', 'menteri badan usaha milik negara'],
    ['wapres', 'wakil presiden'],
    ['jubir', 'juru bicara'],
    ['dubes', 'duta besar'],
    ['sekjen', 'sekretaris jenderal'],
    ['ketum', 'ketua umum'],
    ['dirut', 'direktur utama'],
    ['kapolri', 'kepala kepolisian negara republik indonesia'],
    ['kapolda', 'kepala kepolisian daerah'],
    ['kapolres', 'kepala kepolisian resor'],
    ['kapolresta', 'kepala kepolisian resor kota'],
    ['kapolsek', 'kepala kepolisian sektor'],
    ['kadis', 'kepala dinas'],
    ['kadinkes', 'kepala dinas kesehatan'],
    ['kades', 'kepala desa'],
    ['kasatreskrim', 'kepala satuan reserse kriminal'],
    ['kabid', 'kepala bidang'],
    ['kabag', 'kepala bagian'],
    ['sekda', 'sekretaris daerah'],
    ['kajari', 'kepala kejaksaan negeri'],
    ['kajati', 'kepala kejaksaan tinggi'],
    ['pm', 'perdana menteri'],
    ['kabidhumas', 'kepala bidang hubungan masyarakat'],
    ['kapuspen', 'kepala pusat penerangan'],
  ]),
  /** Heads of institutions: a mention led by one of these is an organisation, not a person. */
  institutionHeads: words(`
    badan dewan kementerian komisi komando lembaga pemerintah pemerintahan kantor dinas kepolisian polda
    polres polsek polresta polri pengadilan mahkamah kejaksaan kejari kejati partai pemkot pemkab
    pemprov istana perusahaan pt tim satgas panitia komite otoritas militer tentara angkatan
    markas pasukan organisasi asosiasi serikat yayasan universitas institut sekolah rumah
    kedutaan konsulat parlemen majelis dprd dpr mpr kpu bawaslu ombudsman bank bursa kongres
    senat pusat biro direktorat divisi departemen inspektorat sekretariat balai pihak media
    koalisi aliansi kelompok gerakan front forum perhimpunan ikatan himpunan paguyuban
    government ministry agency council committee commission office department court police army
    military party company union coalition group administration parliament congress senate
    embassy bureau authority authorities board`),
  /** Generic nouns for a relaying outlet: "kantor berita Yonhap", "harian Kompas". */
  outletHeads: words(`
    media harian koran majalah situs laman portal stasiun televisi
    radio tabloid news agency newspaper broadcaster outlet daily magazine channel station`),
  /** News outlets and agencies by name: they relay, and speak only when the sentence says so. */
  outletNames: words(`
    reuters afp ap bloomberg cnn bbc yonhap xinhua kyodo tass ria novosti kcna antara kompas
    kompas.com tempo detik detikcom cnbc tribunnews liputan6 republika guardian nikkei voa nhk
    sputnik interfax anadolu irna okezone suara.com merdeka.com viva kumparan idn jpnn sindonews
    bernama aljazeera al-jazeera nyt`),
  /** Capitalised words that open a sentence without being a name: "Namun", "Sementara itu". */
  connectives: words(`
    namun tetapi tapi sementara sedangkan adapun selain kemudian lalu lantas sebelumnya
    selanjutnya akhirnya bahkan padahal meski meskipun walaupun karena sebab sehingga maka jadi
    oleh dengan demikian begitu di sisi lain pun juga itu ini pula however but meanwhile also
    and then earlier later still yet so`),
  /** Words between a subject and its verb that belong to neither: "Budi juga telah mengatakan". */
  adverbs: words(`
    juga pun kemudian sebelumnya telah sudah lebih lanjut pula sempat akhirnya lantas lalu
    bahkan hanya tidak tak belum masih sendiri langsung secara terpisah pernah sedang tengah
    kembali justru malah turut ikut lama terus sekali lagi tegas resmi
    kerap sering selalu segera also then later earlier again has have had
    previously repeatedly immediately further long already once just recently reportedly
    separately publicly openly firmly officially`),
  /** Words that end a speaker mention: what follows is where, when or to whom it was said. */
  mentionStops: words(`
    kepada dalam saat ketika usai seusai setelah sebelum pada dengan melalui lewat via sambil
    seraya yang saat sewaktu selagi tatkala menjelang terkait soal mengenai tentang atas bahwa
    agar supaya karena sebab sehingga namun tetapi tapi sedangkan sementara hingga sampai
    sejak ketika dalam kemarin tadi hari pekan minggu bulan tahun pagi siang sore malam lalu
    juga pun ini itu tersebut`),
  /** Day names end a mention when the date follows: "kata Budi, Senin (2/5)". */
  dayNames: words(`
    senin selasa rabu kamis jumat jum'at sabtu minggu monday tuesday wednesday thursday friday
    saturday sunday`),
  /** Prepositions that may sit inside a role: "duta besar AS untuk PBB", "peneliti dari LIPI". */
  roleLinkers: words('untuk di dari pada bagi urusan bidang of for to at in'),
  /** After "di" a building or a place of speaking ends the role: "di Mapolres", "di Gedung DPR". */
  placeOfSpeaking: words(`
    gedung kantor istana mapolres mapolda mapolsek balai kompleks jalan jl sela tengah sela-sela
    lokasi rumah kediaman markas ruang aula hotel lapangan sini sana`),
  /**
   * Titles, honorifics and ranks before a name; they mark where a role ends and a name begins:
   * "Kepala Dinas Kesehatan Kota Bogor dr. Siti Rahmawati".
   */
  titles: words(`
    dr drg prof ir h hj kh drs dra bapak pak ibu bu sdr saudara saudari haji hajah hajjah
    ustaz ustadz kiai gus habib romo pendeta akbp kombes kompol akp iptu ipda aiptu aipda bripka
    brigadir bripda briptu irjen brigjen mayjen letjen jenderal marsekal laksamana kolonel letkol
    mayor kapten lettu letda serma serka sertu pelda kopral prada komjen mr mrs ms
    dr. sir lt col gen sgt capt rev`),
  /** Words that follow a rank and belong to it: "Kombes Pol", "Mayjen TNI", "Kolonel Laut (P)". */
  rankQualifiers: words('pol tni purn laut udara darat inf kav arh czi cpm'),
  /** Words that give a name in the middle of a description: "pedagang bernama Ucok Siregar". */
  namingWords: words('bernama berinisial bernamakan'),
  /** Titles that need their dot: "H." and "dr." are titles, a bare "h" is not. */
  titlesNeedingDot: words('h dr drg ir kh drs dra hj mr mrs ms lt col gen sgt capt rev'),
  /** Academic degrees after a name: "S.H.", "M.Kes.", "Ph.D", "Sp.PD". */
  degree:
    /^(?:\p{Lu}\p{L}{0,3}\.){1,3}\p{L}{0,4}\.?$|^(?:MBA|MSc|MA|PhD|SH|MH|SE|MM|MPH|MKes|SKM|SPd|SSos|SIP|SKom|ST|MT|BSc)\.?$/u,
  /** After these place words comes a place name, part of an office: "Kota Bogor", "Polres Cianjur". */
  placeSlots: words(`
    kota kabupaten kab provinsi kecamatan desa kelurahan polres polda polsek polresta kodim korem
    kodam dprd gubernur bupati walikota camat lurah kades kapolres kapolda kapolsek kapolresta
    partai fraksi
    dandim danrem pangdam kajari kajati pemkot pemkab pemprov sekda kadis kadinkes wali`),
  /** The second word of a two-word place: "Jawa Barat", "Korea Utara", "Kota Baru". */
  placeSecondWords: words(`
    utara selatan barat timur tengah raya baru besar kecil darussalam
    north south east west central`),
  /**
   * Words of an office that are not part of a person's name: "Dinas Kesehatan", "Kementerian
   * Keuangan". A capitalised run made only of these is a role or an institution.
   */
  officeWords: words(`
    dinas kesehatan pendidikan kebudayaan keuangan pertahanan luar dalam negeri negara pertanian
    agama perdagangan perindustrian perhubungan sosial tenaga kerja ketenagakerjaan lingkungan
    hidup kehutanan kelautan perikanan energi sumber daya mineral pekerjaan umum perumahan rakyat
    penataan ruang komunikasi informatika pariwisata ekonomi kreatif pemuda olahraga hukum hak
    asasi manusia koordinator bidang politik keamanan perekonomian pembangunan manusia investasi
    badan dewan komisi kepolisian daerah resor sektor satuan reserse kriminal lalu lintas humas
    hubungan masyarakat bagian seksi urusan umum nasional republik indonesia pusat kantor
    kementerian kementrian pemerintah pemerintahan provinsi kota kabupaten kecamatan desa kelurahan
    penanggulangan bencana penerangan intelijen strategis direktorat jenderal sekretariat
    perwakilan rakyat permusyawaratan pengawas pemilu pemilihan umum pemberantasan korupsi
    meteorologi klimatologi geofisika statistik kependudukan pencatatan sipil perencanaan
    pengendalian penduduk keluarga berencana pangan obat makanan pengawasan koperasi usaha kecil
    menengah milik bumn tinggi agung konstitusi militer angkatan darat laut udara tentara
    staf presiden kepresidenan kabinet istana gedung putih kremlin pentagon sekretaris wakil ketua kepala menteri direktur utama eksekutif
    operasional program harian sementara pelaksana tugas pejabat komunikasi publik utara selatan
    barat timur tengah raya security national council ministry department agency office state
    foreign affairs defense defence health finance home interior general united nations
    assembly committee ambassador minister president secretary spokesperson spokesman chief
    head director deputy governor mayor police military intelligence service services`),
  /**
   * Places by name: capitalised words that are not a person's name, so "Seoul" and "Washington"
   * speak as governments and "Korea Utara" is read as a place inside "perwakilan Korea Utara".
   */
  places: words(`
    indonesia jakarta bogor bandung surabaya medan semarang yogyakarta makassar denpasar bali
    jawa sumatera sulawesi kalimantan papua maluku aceh banten lampung riau jambi bengkulu
    gorontalo ntt ntb nusa tenggara depok bekasi tangerang cianjur sukabumi garut solo malang
    korea utara selatan rusia russia ukraina ukraine amerika serikat as us usa china tiongkok
    jepang japan israel palestina palestine gaza iran irak iraq suriah syria turki turkey
    inggris britain uk prancis perancis france jerman germany india pakistan malaysia singapura
    singapore thailand filipina philippines vietnam australia kanada canada mesir egypt arab
    saudi qatar eropa europe asia afrika africa seoul pyongyang moskow moscow washington beijing
    tokyo kyiv kiev london paris berlin brussels yerusalem jerusalem teheran tehran new york
    pbb un nato asean dprk rok timur jauh taiwan hongkong hong kong myanmar kamboja laos brunei
    timor leste`),

  // ——— English cues (the gloss) ———
  /** English verbs of saying: the speaker before them, or after them in "…," said Wood. */
  englishSpeechVerbs: words(`
    said says told tells added adds asked asks claimed claims reported reports stressed stresses
    urged urges noted notes explained explains warned warns wrote writes insisted insists argued
    argues continued continues concluded concludes confirmed confirms admitted admits denied
    denies hoped hopes emphasized emphasised emphasizes emphasises stated states declared declares
    announced announces revealed reveals acknowledged acknowledges assessed assesses believes
    believed estimated estimates predicted predicts suggested suggests alleged alleges
    maintained maintains replied replies answered answers responded responds recalled recalls
    remarked remarks underlined underlines asserted asserts pointed tweeted posted vowed vows
    promised promises called calls condemned condemns accused accuses urging claiming calling
    saying adding stressing warning noting explaining insisting arguing reminded reminds
    affirmed affirms highlighted promised pledged`),
  /** English verbs that report speech only before a clause (hoped, believes). */
  englishWeakVerbs: words(`
    hoped hopes believes believed estimated estimates predicted predicts suggested suggests
    reminded reminds affirmed affirms highlighted promised pledged announced
    assessed assesses acknowledged acknowledges admitted admits confirmed confirms urged urges
    urging called calls calling condemned condemns accused accuses`),
  /** English complementisers that open reported content and are not part of it. */
  englishComplementisers: words('that whether if'),
} as const;

/** The gloss's determiners, as a regex prefix to strip from an English speaker's name. */
export const ENGLISH_LEADING_DETERMINERS =
  /^(?:(?:a|an|the|one of (?:its|his|her|their|the))\s+)+/iu;
