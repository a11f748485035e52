"""A labelled encoding corpus: real news-like paragraphs in each language, saved in each of the
encodings analysts meet for it, and a scorer telling, per script, how many decode exactly and
how many decode wrongly without a warning.

Run ``uv run python -m tests.importers.encoding_corpus`` to print the accuracy per script, for
Parley and for charset-normalizer alone. Given the ``data/`` folder of charset-normalizer's
repository (its samples are Wikipedia text, CC-BY-SA, so they are not copied here),
``… encoding_corpus DIR`` also scores its legacy-encoded samples and its UTF-8 ones re-saved in
their languages' code pages.
"""

from __future__ import annotations

import codecs
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from desktop_app.errors import ImportRefused
from desktop_app.importers.charsets import DecodedText, decode_text

TEXTS = {
    "russian": (
        "Правительство России в среду одобрило проект бюджета на следующий год. По словам "
        "министра финансов, расходы на образование и здравоохранение вырастут, а дефицит "
        "останется в пределах двух процентов. Экономисты сомневаются, что такие планы "
        "реалистичны при нынешних ценах на нефть. «Мы не видим источников роста», — заявил "
        "аналитик крупного банка журналистам в Москве."
    ),
    "ukrainian": (
        "Верховна Рада України ухвалила в першому читанні законопроєкт про місцеве "
        "самоврядування. Його підтримали двісті сорок депутатів. Голова комітету пояснив, що "
        "громади отримають більше повноважень і коштів, а обласні адміністрації — менше. "
        "Опозиція заявила, що документ потребує доопрацювання, і пообіцяла подати поправки "
        "до другого читання. Ґрунтовне обговорення триватиме щонайменше місяць."
    ),
    "bulgarian": (
        "Народното събрание прие на първо четене промените в Изборния кодекс. Според "
        "вносителите те ще направят гласуването по-прозрачно и ще намалят купуването на "
        "гласове. Опозицията обяви, че ще сезира Конституционния съд, ако текстовете бъдат "
        "приети окончателно. Президентът заяви пред журналисти в София, че очаква широк "
        "обществен дебат и диалог между партиите."
    ),
    "serbian": (
        "Влада Србије усвојила је нацрт закона о јавном информисању. Према речима министра, "
        "нови пропис ће ојачати независност медија и заштитити новинаре од притисака. "
        "Удружења новинара оценила су да је текст бољи од претходног, али да још увек "
        "садржи нејасне одредбе о финансирању. Јавна расправа трајаће до краја месеца у "
        "Београду, Новом Саду и Нишу."
    ),
    "english": (
        "The central bank left interest rates unchanged on Thursday, citing “persistent "
        "uncertainty” in energy markets. Officials said inflation had eased to 3.1% but "
        "remained above target — a view shared by most economists. The decision, worth €2bn "
        "in lower borrowing costs, was welcomed by retailers; “it’s a relief”, said one."
    ),
    "french": (
        "Le gouvernement français a présenté mercredi un projet de loi sur l’énergie. "
        "Selon le ministre, les ménages les plus modestes bénéficieront d’une aide accrue "
        "dès l’hiver prochain. L’opposition dénonce un texte « élaboré à la hâte » et "
        "réclame un débat approfondi à l’Assemblée. Les syndicats, eux, prévoient une "
        "journée de grève début décembre à Paris, Lyon et Marseille."
    ),
    "german": (
        "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer "
        "Energien beschlossen. Nach Angaben des Ministeriums sollen Hausbesitzer künftig "
        "höhere Zuschüsse für Wärmepumpen erhalten. Kritiker bemängeln, dass die Maßnahmen "
        "zu spät kämen und für Mieter kaum Vorteile brächten. Der Bundestag berät nächste "
        "Woche über den Entwurf, die Länder äußern sich später."
    ),
    "polish": (
        "Sejm przyjął w piątek nowelizację ustawy o samorządzie gminnym. Według posłów "
        "koalicji zmiany przyspieszą inwestycje w małych miejscowościach i zwiększą "
        "przejrzystość wydatków. Opozycja twierdzi, że rząd chce ograniczyć niezależność "
        "władz lokalnych. Prezydent zapowiedział, że dokładnie przeanalizuje ustawę, zanim "
        "zdecyduje o jej podpisaniu. Źródła zbliżone do Pałacu mówią o wątpliwościach."
    ),
    "czech": (
        "Vláda ve středu schválila návrh zákona o podpoře bydlení. Podle ministra pro "
        "místní rozvoj získají obce více peněz na výstavbu nájemních bytů pro mladé rodiny "
        "a seniory. Opozice kritizuje, že žádosti o dotace budou příliš složité a úředníci "
        "přetížení. Sněmovna by měla o návrhu jednat ještě před letními prázdninami, řekl "
        "předseda vlády novinářům v Praze. Účinnost se očekává příští rok."
    ),
    "hungarian": (
        "A kormány szerdán elfogadta a jövő évi költségvetés tervezetét. A pénzügyminiszter "
        "szerint az oktatásra és az egészségügyre fordított összegek jelentősen nőnek, a "
        "hiány pedig három százalék alatt marad. Az ellenzék bírálta a tervezetet, mert "
        "szerintük a bérek növekedése elmarad az inflációtól. Az Országgyűlés jövő héten "
        "kezdi meg a vitát, és ősszel dönt a végső szövegről."
    ),
    "lithuanian": (
        "Seimas ketvirtadienį priėmė naujos redakcijos švietimo įstatymą. Pasak ministrės, "
        "mokytojų atlyginimai kitais metais didės dešimčia procentų, o mokyklų tinklas bus "
        "pertvarkytas. Opozicija teigia, kad reforma parengta skubotai ir neatsižvelgta į "
        "savivaldybių nuomonę. Prezidentas žada įstatymą įvertinti per dešimt dienų ir "
        "pasitarti su ekspertais Vilniuje."
    ),
    "latvian": (
        "Saeima ceturtdien galīgajā lasījumā pieņēma grozījumus izglītības likumā. Kā "
        "norādīja ministre, skolotāju algas nākamgad pieaugs, bet skolu tīkls tiks "
        "pārskatīts. Opozīcija uzskata, ka pārmaiņas sagatavotas pārāk steidzīgi un "
        "pašvaldību viedoklis nav ņemts vērā. Valsts prezidents solīja likumu izvērtēt "
        "desmit dienu laikā un tikties ar ekspertiem Rīgā."
    ),
    "turkish": (
        "Türkiye Büyük Millet Meclisi çarşamba günü yeni vergi düzenlemesini kabul etti. "
        "Maliye Bakanı, düşük gelirli ailelerin önümüzdeki yıl daha az vergi ödeyeceğini "
        "söyledi. Muhalefet partileri ise düzenlemenin enflasyonu körükleyeceğini ve "
        "işçilerin alım gücünü düşüreceğini savundu. İstanbul ve Ankara'da esnaf "
        "temsilcileri değişikliklerin ayrıntılarını öğrenmek için toplantı yaptı."
    ),
    "greek": (
        "Η κυβέρνηση παρουσίασε την Τετάρτη το νέο νομοσχέδιο για την ενέργεια. Σύμφωνα με "
        "τον υπουργό, τα νοικοκυριά με χαμηλό εισόδημα θα λάβουν μεγαλύτερη επιδότηση από "
        "τον χειμώνα. Η αντιπολίτευση κατηγορεί την κυβέρνηση ότι καθυστέρησε υπερβολικά "
        "και ζητά ευρύτερη συζήτηση στη Βουλή. Οι συνδικαλιστές προγραμματίζουν απεργία "
        "στην Αθήνα και στη Θεσσαλονίκη τον επόμενο μήνα."
    ),
    "hebrew": (
        "הממשלה אישרה ביום רביעי את תקציב המדינה לשנה הבאה. לדברי שר האוצר, ההוצאה על "
        "חינוך ובריאות תגדל, והגירעון יישאר מתחת לשלושה אחוזים. כלכלנים מטילים ספק "
        "ביכולת לעמוד ביעדים בשל המצב הביטחוני. האופוזיציה הודיעה כי תצביע נגד ההצעה "
        "בכנסת, וארגוני העובדים מאיימים בשביתה כללית בתל אביב ובירושלים."
    ),
    "arabic": (
        "أقرت الحكومة يوم الأربعاء مشروع الموازنة العامة للعام المقبل. وقال وزير المالية "
        "إن الإنفاق على التعليم والصحة سيرتفع، وإن العجز سيبقى دون ثلاثة في المئة. "
        "ويشكك خبراء الاقتصاد في إمكانية تحقيق هذه الأهداف بسبب تراجع أسعار النفط. "
        "وأعلنت المعارضة أنها ستصوت ضد المشروع في البرلمان، فيما دعت النقابات إلى "
        "إضراب عام في العاصمة والمدن الكبرى."
    ),
    "thai": (
        "รัฐบาลได้อนุมัติร่างงบประมาณประจำปีหน้าเมื่อวันพุธ รัฐมนตรีว่าการกระทรวงการคลังกล่าวว่า "
        "งบประมาณด้านการศึกษาและสาธารณสุขจะเพิ่มขึ้น ขณะที่การขาดดุลจะอยู่ในระดับต่ำกว่าร้อยละสาม "
        "นักเศรษฐศาสตร์หลายคนตั้งข้อสงสัยว่าเป้าหมายดังกล่าวจะเป็นไปได้จริงหรือไม่ "
        "ฝ่ายค้านประกาศว่าจะลงมติไม่เห็นด้วยกับร่างกฎหมายนี้ในสภาผู้แทนราษฎร"
    ),
    "japanese": (
        "政府は水曜日、来年度の予算案を閣議決定した。財務大臣によると、教育と医療への支出が"
        "増える一方、財政赤字は三パーセント以内に抑えられる見通しだ。しかし経済学者の多くは、"
        "原油価格の下落を考えると目標の達成は難しいと指摘している。野党は国会で反対する方針を"
        "示し、労働組合は東京や大阪で抗議集会を開く予定だという。"
    ),
    "korean": (
        "정부는 수요일 내년도 예산안을 국무회의에서 의결했다. 기획재정부 장관은 교육과 보건 "
        "분야 지출이 늘어나는 반면 재정 적자는 삼 퍼센트 이내로 유지될 것이라고 밝혔다. 그러나 "
        "많은 경제학자들은 유가 하락을 고려할 때 목표 달성이 어려울 것이라고 지적했다. 야당은 "
        "국회에서 반대표를 던지겠다고 밝혔고, 노동조합은 서울과 부산에서 집회를 열 예정이다."
    ),
    "chinese_simplified": (
        "政府星期三批准了明年的财政预算草案。财政部长表示，教育和医疗方面的支出将会增加，"
        "而财政赤字将控制在百分之三以内。不过，许多经济学家认为，考虑到国际油价下跌，"
        "实现这一目标相当困难。反对党表示将在议会投票反对该草案，工会则计划在北京和上海"
        "举行抗议活动。"
    ),
    "chinese_traditional": (
        "政府星期三批准了明年的財政預算草案。財政部長表示，教育和醫療方面的支出將會增加，"
        "而財政赤字將控制在百分之三以內。不過，許多經濟學家認為，考慮到國際油價下跌，"
        "實現這一目標相當困難。反對黨表示將在議會投票反對該草案，工會則計劃在台北和高雄"
        "舉行抗議活動。"
    ),
}

# Single sentences and headlines: where code pages of one script are hardest to tell apart.
SHORT_TEXTS = {
    "russian_short": "Путин назвал условия для начала мирных переговоров с Украиной.",
    "russian_caps": "ПУТИН НАЗВАЛ УСЛОВИЯ ДЛЯ НАЧАЛА МИРНЫХ ПЕРЕГОВОРОВ",
    "ukrainian_short": "Зеленський відповів, що Україна не піде на такі умови.",
    "bulgarian_short": "Парламентът прие бюджета след дълъг и напрегнат дебат.",
    "french_short": "Le président a dénoncé une « manœuvre » électorale à Noël.",
    "german_short": "Die Bürger äußerten große Zweifel an den Plänen.",
    "polish_short": "Rząd przyjął w piątek projekt ustawy o mediach publicznych.",
    "czech_short": "Vláda schválila návrh zákona o podpoře bydlení pro mladé rodiny.",
    "hungarian_short": "A kormány elfogadta a jövő évi költségvetés tervezetét.",
    "turkish_short": "Meclis yeni vergi düzenlemesini çarşamba günü kabul etti.",
    "greek_short": "Η κυβέρνηση παρουσίασε το νέο νομοσχέδιο για την ενέργεια.",
    "hebrew_short": "הממשלה אישרה את תקציב המדינה לשנה הבאה.",
}

# (script, language, encodings it is saved in)
CASES = (
    ("cyrillic", "russian", ("cp1251", "koi8-r", "iso8859-5", "cp866", "mac-cyrillic")),
    ("cyrillic", "ukrainian", ("cp1251", "koi8-u", "mac-cyrillic")),
    ("cyrillic", "bulgarian", ("cp1251", "iso8859-5", "cp866", "mac-cyrillic")),
    ("cyrillic", "serbian", ("cp1251", "iso8859-5", "mac-cyrillic")),
    ("western", "english", ("cp1252",)),
    ("western", "french", ("cp1252", "latin-1")),
    ("western", "german", ("cp1252", "latin-1")),
    ("central", "polish", ("cp1250", "iso8859-2")),
    ("central", "czech", ("cp1250", "iso8859-2")),
    ("central", "hungarian", ("cp1250", "iso8859-2")),
    ("baltic", "lithuanian", ("cp1257",)),
    ("baltic", "latvian", ("cp1257",)),
    ("turkish", "turkish", ("cp1254", "iso8859-9")),
    ("greek", "greek", ("cp1253", "iso8859-7")),
    ("hebrew", "hebrew", ("cp1255",)),
    ("arabic", "arabic", ("cp1256", "iso8859-6")),
    ("thai", "thai", ("cp874",)),
    ("japanese", "japanese", ("shift_jis", "cp932", "euc-jp", "iso2022_jp")),
    ("korean", "korean", ("euc-kr", "cp949", "iso2022_kr")),
    ("chinese", "chinese_simplified", ("gb18030",)),
    ("chinese", "chinese_traditional", ("big5",)),
    (
        "unicode",
        "russian",
        ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16", "utf-32"),
    ),
    ("unicode", "japanese", ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-16")),
    ("unicode", "greek", ("utf-32-le", "utf-8-sig")),
    ("cyrillic-short", "russian_short", ("cp1251", "koi8-r", "mac-cyrillic", "cp866", "iso8859-5")),
    ("cyrillic-short", "russian_caps", ("cp1251", "koi8-r", "mac-cyrillic", "cp866", "iso8859-5")),
    ("cyrillic-short", "ukrainian_short", ("cp1251", "koi8-u", "mac-cyrillic")),
    ("cyrillic-short", "bulgarian_short", ("cp1251", "iso8859-5")),
    ("latin-short", "french_short", ("cp1252",)),
    ("latin-short", "german_short", ("cp1252",)),
    ("latin-short", "polish_short", ("cp1250", "iso8859-2")),
    ("latin-short", "czech_short", ("cp1250", "iso8859-2")),
    ("latin-short", "hungarian_short", ("cp1250",)),
    ("latin-short", "turkish_short", ("cp1254",)),
    ("other-short", "greek_short", ("cp1253",)),
    ("other-short", "hebrew_short", ("cp1255",)),
)


@dataclass(frozen=True)
class Sample:
    script: str
    language: str
    encoding: str
    text: str

    @property
    def data(self) -> bytes:
        return self.text.encode(self.encoding)

    @property
    def name(self) -> str:
        return f"{self.language}-{self.encoding}"


def samples() -> list[Sample]:
    """Every corpus file: each paragraph twice over (a short article), each short text once."""
    out = []
    for script, language, encodings in CASES:
        if language in SHORT_TEXTS:
            text = SHORT_TEXTS[language]
        else:
            text = TEXTS[language] + "\n\n" + TEXTS[language] + "\n"
        for encoding in encodings:
            # The texts use typographic quotes and dashes; code pages without them (ISO 8859,
            # cp866, KOI8, CJK…) get the ASCII forms, as real files in them do.
            try:
                text.encode(encoding)
                fitting = text
            except UnicodeEncodeError:
                fitting = _asciified(text)
            codecs.lookup(encoding)
            out.append(Sample(script, language, encoding, fitting))
    return out


def _asciified(text: str) -> str:
    table = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "’": "'", "—": "-", "€": "EUR"})
    return text.translate(table)


@dataclass(frozen=True)
class Outcome:
    sample: Sample
    exact: bool
    warned: bool
    detail: str

    @property
    def silent_wrong(self) -> bool:
        return not self.exact and not self.warned


Decoder = Callable[[bytes, Path], DecodedText]


# charset-normalizer's samples in a legacy encoding (as its own tests label them), and its UTF-8
# samples with the code pages they are re-saved in.
LIBRARY_LEGACY_SAMPLES = {
    "sample-arabic-1.txt": "cp1256",
    "sample-french-1.txt": "cp1252",
    "sample-chinese.txt": "big5",
    "sample-greek.txt": "cp1253",
    "sample-greek-2.txt": "cp1253",
    "sample-hebrew-2.txt": "cp1255",
    "sample-hebrew-3.txt": "cp1255",
    "sample-korean.txt": "cp949",
    "sample-turkish.txt": "cp1254",
    "sample-russian.txt": "mac-cyrillic",
}
LIBRARY_RESAVED_SAMPLES = {
    "sample-polish.txt": ("cp1250", "iso8859-2"),
    "sample-spanish.txt": ("cp1252", "latin-1"),
    "sample-french.txt": ("cp1252", "latin-1"),
    "sample-bulgarian.txt": ("cp1251", "iso8859-5", "koi8-r", "mac-cyrillic", "cp866"),
    "sample-russian-2.txt": ("cp1251", "koi8-r", "mac-cyrillic", "cp866", "iso8859-5"),
    "sample-russian-3.txt": ("cp1251", "koi8-r", "mac-cyrillic", "cp866", "iso8859-5"),
    "sample-arabic.txt": ("cp1256", "iso8859-6"),
}


@dataclass(frozen=True)
class FileSample(Sample):
    raw: bytes = b""

    @property
    def data(self) -> bytes:
        return self.raw


def library_samples(folder: Path) -> list[Sample]:
    out: list[Sample] = []
    for name, encoding in LIBRARY_LEGACY_SAMPLES.items():
        raw = (folder / name).read_bytes()
        out.append(FileSample("library", name, encoding, raw.decode(encoding), raw))
    for name, encodings in LIBRARY_RESAVED_SAMPLES.items():
        text = (folder / name).read_bytes().decode("utf-8-sig")
        for encoding in encodings:
            raw = text.encode(encoding, errors="replace")
            out.append(FileSample("library", name, encoding, raw.decode(encoding), raw))
    return out


def charset_normalizer_alone(data: bytes, path: Path) -> DecodedText:
    """The library's best match, for the side-by-side measure (never a warning)."""
    best = from_bytes(data).best()
    if best is None:
        raise ImportRefused(path, "no encoding found", "")
    return DecodedText(str(best), best.encoding)


def decode_sample(sample: Sample, decoder: Decoder = decode_text) -> Outcome:
    try:
        decoded = decoder(sample.data, Path(sample.name + ".txt"))
    except ImportRefused as refused:
        return Outcome(sample, False, True, f"refused: {refused}")
    text = decoded.text.removeprefix("\ufeff")
    exact = text == sample.text
    return Outcome(sample, exact, bool(decoded.warnings), f"{decoded.encoding} {decoded.warnings}")


def score(
    decoder: Decoder = decode_text, corpus: list[Sample] | None = None
) -> tuple[list[Outcome], dict[str, tuple[int, int, int]]]:
    """Every outcome, and per script (exact, silent wrong, files)."""
    outcomes = [decode_sample(sample, decoder) for sample in corpus or samples()]
    per_script: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for outcome in outcomes:
        counts = per_script[outcome.sample.script]
        counts[0] += outcome.exact
        counts[1] += outcome.silent_wrong
        counts[2] += 1
    return outcomes, {script: (c[0], c[1], c[2]) for script, c in per_script.items()}


def main() -> None:
    corpus = samples()
    if len(sys.argv) > 1:
        corpus += library_samples(Path(sys.argv[1]))
    print("charset-normalizer alone:")
    report(charset_normalizer_alone, corpus)
    print("\nParley (decode_text):")
    report(decode_text, corpus)


def report(decoder: Decoder, corpus: list[Sample] | None = None) -> None:
    outcomes, per_script = score(decoder, corpus)
    for outcome in outcomes:
        if not outcome.exact:
            flag = "SILENT WRONG" if outcome.silent_wrong else "wrong, warned"
            print(f"  {flag:14} {outcome.sample.name}: {outcome.detail[:150]}")
    total = [0, 0, 0]
    for script, (exact, silent, files) in per_script.items():
        print(
            f"{script:10} {exact:3}/{files:<3} exact ({100 * exact / files:5.1f} %), "
            f"{silent} silently wrong"
        )
        total = [total[0] + exact, total[1] + silent, total[2] + files]
    print(
        f"{'overall':10} {total[0]:3}/{total[2]:<3} exact ({100 * total[0] / total[2]:5.1f} %), "
        f"{total[1]} silently wrong"
    )


if __name__ == "__main__":
    main()
