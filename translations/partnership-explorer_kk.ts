<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>BookCitation</name>
    <message>
        <source>the book</source>
        <translation>кітап</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <comment>author, title (year)</comment>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ChartSeriesBuilder</name>
    <message>
        <source>%1 — %2, %3</source>
        <comment>region — indicator, year</comment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>label, part of the year</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CitationWriter</name>
    <message>
        <source>[title as the book gives it]</source>
        <translation>[кітаптағы атауы бойынша]</translation>
    </message>
    <message>
        <source>Quoted in %1, note %2.</source>
        <translation>Келтірілген дереккөз: %1, %2-ескертпе.</translation>
    </message>
    <message>
        <source>Supplementary source, not from the book.</source>
        <translation>Қосымша дереккөз, кітаптан алынбаған.</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>кітап</translation>
    </message>
    <message>
        <source>(n.d.). </source>
        <translation>(жылы көрсетілмеген). </translation>
    </message>
    <message>
        <source>[Title as the book gives it]</source>
        <translation>[Кітаптағы атауы бойынша]</translation>
    </message>
    <message>
        <source>(Cited in %1, note %2)</source>
        <translation>(Келтірілген дереккөз: %1, %2-ескертпе)</translation>
    </message>
    <message>
        <source>(Supplementary source, not from the book)</source>
        <translation>(Қосымша дереккөз, кітаптан алынбаған)</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in the book, note %1.</source>
        <translation>Атауы кітаптағы бойынша. Кітапта келтірілген, %1-ескертпе.</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in %1, %2 (%3), note %4.</source>
        <translation>Атауы кітаптағы бойынша. Келтірілген дереккөз: %1, %2 (%3), %4-ескертпе.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Қаралған күні: %1.</translation>
    </message>
    <message>
        <source>Retrieved %1, from</source>
        <translation>Қаралған күні: %1, мекенжайы:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The command.</source>
        <translation>Пәрмен.</translation>
    </message>
    <message>
        <source>The dataset to check.</source>
        <translation>Тексерілетін деректер жинағы.</translation>
    </message>
    <message>
        <source>Language of the messages: en, fr, ru, kk or be.</source>
        <translation>Хабарламалар тілі: en, fr, ru, kk немесе be.</translation>
    </message>
    <message>
        <source>usage: partnership-explorer validate FILE</source>
        <translation>қолданылуы: partnership-explorer validate FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tour (%n steps)</source>
        <translation>
            <numerusform>%1: жарамды тур (%n қадам)</numerusform>
            <numerusform>%1: жарамды тур (%n қадам)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 events, %3 observations, %4 ventures, %5 pairings, %6 places, %7 sources)</source>
        <translation>%1: жарамды (%2 оқиға, %3 сандық дерек, %4 кәсіпорын, %5 серіктестік, %6 аумақ, %7 дереккөз)</translation>
    </message>
    <message>
        <source>Language: en, fr, ru, kk or be.</source>
        <translation>Тіл: en, fr, ru, kk немесе be.</translation>
    </message>
    <message>
        <source>Theme: light, dark or print.</source>
        <translation>Безендіру: light, dark немесе print.</translation>
    </message>
    <message>
        <source>Dataset file (default: the built-in dataset).</source>
        <translation>Деректер жинағы файлы (әдепкі: кірістірілген деректер жинағы).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Ені, пиксельмен.</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>Биіктігі, пиксельмен.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>белгісіз тіл &quot;%1&quot;: en, fr, ru, kk немесе be күтілген</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;: expected light, dark or print</source>
        <translation>белгісіз безендіру &quot;%1&quot;: light, dark немесе print күтілген</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of pixels from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 мәні %2–%3 аралығындағы бүтін пиксель саны болуы керек, берілгені: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 — қалта</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>%1 қалтасы жоқ</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>%1 қалтасына жазу мүмкін емес</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>the dataset view is exported as &quot;datapackage&quot;, not &quot;%1&quot;</source>
        <translation>dataset көрінісі &quot;%1&quot; емес, &quot;datapackage&quot; ретінде экспортталады</translation>
    </message>
    <message>
        <source>--%1 does not apply: a data package holds the whole dataset</source>
        <translation>--%1 қолданылмайды: деректер пакеті бүкіл деректер жинағын қамтиды</translation>
    </message>
    <message>
        <source>--tour and --view cannot be used together: a handout shows each step&apos;s view</source>
        <translation>--tour және --view бірге қолданылмайды: үлестірме материал әр қадамның өз көрінісін көрсетеді</translation>
    </message>
    <message>
        <source>missing --out; usage: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</source>
        <translation>--out көрсетілмеген; қолданылуы: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</translation>
    </message>
    <message>
        <source>a handout is written as pdf, not as &quot;%1&quot;</source>
        <translation>үлестірме материал &quot;%1&quot; түрінде емес, pdf түрінде жазылады</translation>
    </message>
    <message>
        <source>Renders a view to a file without a display.
Views: %1.
The whole dataset as a Frictionless data package: --view dataset --format datapackage --out DIR.</source>
        <translation>Көріністі дисплейсіз файлға салады.
Көріністер: %1.
Бүкіл деректер жинағы Frictionless деректер пакеті ретінде: --view dataset --format datapackage --out DIR.</translation>
    </message>
    <message>
        <source>The view to export.</source>
        <translation>Экспортталатын көрініс.</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv (datapackage for the dataset).</source>
        <translation>png, svg, pdf немесе csv (деректер жинағы үшін datapackage).</translation>
    </message>
    <message>
        <source>The file to write (a folder for a data package).</source>
        <translation>Жазылатын файл (деректер пакеті үшін қалта).</translation>
    </message>
    <message>
        <source>Pixel density of a PNG: 1 to 3.</source>
        <translation>PNG пиксель тығыздығы: 1–3.</translation>
    </message>
    <message>
        <source>A CSV for Excel: a byte order mark and, in a language with decimal commas (fr, ru, kk, be), semicolons between fields and commas in numbers.</source>
        <translation>Excel үшін CSV: байт реті белгісі (BOM), ал ондық бөлгіші үтір болатын тілде (fr, ru, kk, be) — өрістер арасында нүктелі үтір және сандарда үтір.</translation>
    </message>
    <message>
        <source>A tour to print as a handout, one page per step (--format pdf): the name of a built-in tour or a tour file.</source>
        <translation>Үлестірме материал ретінде басып шығарылатын тур, әр қадамға бір бет (--format pdf): кірістірілген турдың атауы немесе тур файлы.</translation>
    </message>
    <message>
        <source>missing --%1; usage: partnership-explorer export --view VIEW --format FMT --out FILE</source>
        <translation>--%1 көрсетілмеген; қолданылуы: partnership-explorer export --view VIEW --format FMT --out FILE</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;: expected %2</source>
        <translation>белгісіз көрініс &quot;%1&quot;: мүмкін мәндер: %2</translation>
    </message>
    <message>
        <source>the %1 view cannot be exported as &quot;%2&quot;: expected %3</source>
        <translation>%1 көрінісін &quot;%2&quot; пішімінде экспорттау мүмкін емес; мүмкін пішімдер: %3</translation>
    </message>
    <message>
        <source>--scale must be a number from 1 to 3, not &quot;%1&quot;</source>
        <translation>--scale мәні 1–3 аралығындағы сан болуы керек, берілгені: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--series applies to the turnover view only, not to %1</source>
        <translation>--series тек turnover көрінісіне қолданылады, %1 көрінісіне емес</translation>
    </message>
    <message>
        <source>--csv-excel applies to the csv format only, not to %1</source>
        <translation>--csv-excel тек csv пішіміне қолданылады, %1 пішіміне емес</translation>
    </message>
    <message>
        <source>Renders each main view to DIR/VIEW.png without a display.</source>
        <translation>Әрбір негізгі көріністі экрансыз DIR/VIEW.png файлына шығарады.</translation>
    </message>
    <message>
        <source>Where to write the PNGs.</source>
        <translation>PNG файлдары жазылатын қалта.</translation>
    </message>
    <message>
        <source>Presentation mode.</source>
        <translation>Презентация режимі.</translation>
    </message>
    <message>
        <source>missing --out-dir; usage: partnership-explorer screenshot --out-dir DIR</source>
        <translation>--out-dir көрсетілмеген; қолданылуы: partnership-explorer screenshot --out-dir DIR</translation>
    </message>
    <message>
        <source>cannot write to the folder %1</source>
        <translation>%1 қалтасына жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Prints the citation of a record, or the bibliography of what a view shows.
Styles: %1.</source>
        <translation>Жазбаның сілтемесін немесе көріністе көрсетілгендердің библиографиясын шығарады.
Стильдер: %1.</translation>
    </message>
    <message>
        <source>The record to cite.</source>
        <translation>Сілтеме жасалатын жазба.</translation>
    </message>
    <message>
        <source>chicago, apa, gost, bibtex, ris or csl-json.</source>
        <translation>chicago, apa, gost, bibtex, ris немесе csl-json.</translation>
    </message>
    <message>
        <source>Cite every source of what this view shows.</source>
        <translation>Осы көріністе көрсетілгендердің барлық дереккөздеріне сілтеме жасау.</translation>
    </message>
    <message>
        <source>unknown style &quot;%1&quot;: expected %2</source>
        <translation>белгісіз стиль &quot;%1&quot;: күтілгені %2</translation>
    </message>
    <message>
        <source>usage: partnership-explorer cite RECORD-ID [--style STYLE] or partnership-explorer cite --view VIEW [filters] [--style STYLE]</source>
        <translation>қолданылуы: partnership-explorer cite RECORD-ID [--style STYLE] немесе partnership-explorer cite --view VIEW [сүзгілер] [--style STYLE]</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>деректер жинағында &quot;%1&quot; жазбасы жоқ</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: expected one of %2, a file to open, or nothing to open the window (partnership-explorer --help lists them)</source>
        <translation>белгісіз «%1» пәрмені: %2 пәрмендерінің бірі, ашылатын файл немесе терезені ашу үшін ештеңе күтілген (тізімі — partnership-explorer --help)</translation>
    </message>
    <message>
        <source>cannot write the citation to the standard output: %1</source>
        <translation>сілтемені стандартты шығысқа жазу мүмкін болмады: %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Supplementary (not from the book): %1 %2</source>
        <translation>Қосымша (кітаптан емес): %1 %2</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>дереккөздер</translation>
    </message>
    <message>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <source>%1, note %2: %3</source>
        <translation>%1, %2-ескертпе: %3</translation>
    </message>
    <message>
        <source>source_reference</source>
        <extracomment>A CSV column name, read by scripts as well as people: best left as it is</extracomment>
        <translation>source_reference</translation>
    </message>
    <message>
        <source>source_url</source>
        <extracomment>A CSV column name, read by scripts as well as people: best left as it is</extracomment>
        <translation>source_url</translation>
    </message>
    <message>
        <source>Supplementary (not from the book): %1</source>
        <translation>Қосымша (кітаптан емес): %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>тырнақшадағы өріс жабылмаған</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>өрістің жабатын тырнақшасынан кейін мәтін бар</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>тырнақшамен басталмайтын өрістің ішінде тырнақша бар</translation>
    </message>
</context>
<context>
    <name>DataPackageReader</name>
    <message>
        <source>expected a &quot;resources&quot; array</source>
        <translation>&quot;resources&quot; массиві күтілген еді</translation>
    </message>
    <message>
        <source>expected a resource with a &quot;name&quot; and a &quot;path&quot;</source>
        <translation>&quot;name&quot; және &quot;path&quot; бар ресурс күтілген еді</translation>
    </message>
    <message>
        <source>expected a file name beside datapackage.json, found %1</source>
        <translation>datapackage.json жанындағы файл атауы күтілген еді, табылғаны: %1</translation>
    </message>
    <message>
        <source>the package has no resource %1</source>
        <translation>пакетте %1 ресурсы жоқ</translation>
    </message>
    <message>
        <source>is empty: expected a header row</source>
        <translation>бос: тақырып жолы күтілген еді</translation>
    </message>
    <message>
        <source>unknown column %1; expected %2</source>
        <translation>белгісіз баған %1; күтілгені: %2</translation>
    </message>
    <message>
        <source>no column %1</source>
        <translation>%1 бағаны жоқ</translation>
    </message>
    <message>
        <source>expected %1 fields, as in the header, found %2</source>
        <translation>тақырыптағыдай %1 өріс күтілген еді, табылғаны: %2</translation>
    </message>
    <message>
        <source>column %1: expected a whole number, found %2</source>
        <translation>%1 бағаны: бүтін сан күтілген еді, табылғаны: %2</translation>
    </message>
    <message>
        <source>column %1: expected a number written with a point (1092.5), found %2</source>
        <translation>%1 бағаны: нүктемен жазылған сан (1092.5) күтілген еді, табылғаны: %2</translation>
    </message>
    <message>
        <source>column %1: no record %2 in %3</source>
        <translation>%1 бағаны: %3 ішінде %2 жазбасы жоқ</translation>
    </message>
    <message>
        <source>column %1: %2 is given twice for %3</source>
        <translation>%1 бағаны: %3 үшін %2 екі рет берілген</translation>
    </message>
    <message>
        <source>expected a data package descriptor (an object)</source>
        <translation>деректер пакетінің сипаттамасы (объект) күтілген еді</translation>
    </message>
    <message>
        <source>not a Partnership Explorer data package: expected a &quot;partnershipExplorer&quot; object with the schema version, title and metadata</source>
        <translation>Partnership Explorer деректер пакеті емес: схема нұсқасы, атауы және метадеректері бар &quot;partnershipExplorer&quot; объектісі күтілген еді</translation>
    </message>
</context>
<context>
    <name>DataPackageWriter</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 — қалта емес, файл</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>%1 қалтасын жасау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>жол</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логикалық мән</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>бүтін сан</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>қолдау көрсетілмейтін мән</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>объект күтілген, табылғаны: %1</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>белгісіз өріс: %1</translation>
    </message>
    <message>
        <source>missing required field %1 (expected %2)</source>
        <translation>міндетті %1 өрісі жоқ (күтілгені: %2)</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>жол күтілген, табылғаны: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>бос болмауы керек</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>бүтін сан күтілген, табылғаны: %1</translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2 to %3</source>
        <translation>%1 рұқсат етілген ауқымнан тыс: %2 – %3 аралығындағы мән күтілген</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>сан күтілген, табылғаны: %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>шекті сан күтілген</translation>
    </message>
    <message>
        <source>%1 is out of range: expected a value of at least %2</source>
        <translation>%1 рұқсат етілген ауқымнан тыс: кемінде %2 мәні күтілген</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>мыналардың бірі: %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 мыналардың бірі емес: %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>массив күтілген, табылғаны: %1</translation>
    </message>
    <message>
        <source>expected a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), found %1</source>
        <translation>үш тілдегі мәтін күтілген ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), табылғаны: %1</translation>
    </message>
    <message>
        <source>a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</source>
        <translation>үш тілдегі мәтін ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</translation>
    </message>
    <message>
        <source>an array of texts</source>
        <translation>мәтіндер массиві</translation>
    </message>
    <message>
        <source>an array of ids</source>
        <translation>идентификаторлар массиві</translation>
    </message>
    <message>
        <source>expected an id (a string), found %1</source>
        <translation>идентификатор (жол) күтілген, табылғаны: %1</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>кемінде бір дереккөз қажет</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation>қайталанатын идентификатор %1 (бұрын қолданылған орны: %2)</translation>
    </message>
    <message>
        <source>%1, %2 lies outside %3</source>
        <translation>%1, %2 нүктесі %3 аумағынан тыс жатыр</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>the period ends (month %1) before it starts (month %2)</source>
        <translation>кезең басталмай тұрып аяқталады (аяқталу айы: %1, басталу айы: %2)</translation>
    </message>
    <message>
        <source>a regional figure needs at least one place</source>
        <translation>өңірлік дерекке кемінде бір аумақ қажет</translation>
    </message>
    <message>
        <source>%1 is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 күн форматында емес: YYYY, YYYY-MM немесе YYYY-MM-DD күтілген</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>мұндай күн жоқ: %1</translation>
    </message>
    <message>
        <source>source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>place</source>
        <translation>аумақ</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>сандық дерек</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>кәсіпорын</translation>
    </message>
    <message>
        <source>pairing</source>
        <translation>серіктестік</translation>
    </message>
    <message>
        <source>unknown %1 id %2</source>
        <translation>белгісіз %1 идентификаторы: %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>файл бос; JSON объектісі күтілген</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is refused</source>
        <translation>%1 деңгейден терең кірістіруге рұқсат етілмейді</translation>
    </message>
    <message>
        <source>broken JSON: %1</source>
        <translation>JSON бүлінген: %1</translation>
    </message>
    <message>
        <source>cannot be parsed: %1</source>
        <translation>талдау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>more problems were found; only the first %1 are listed</source>
        <translation>басқа да мәселелер табылды; тек алғашқы %1 мәселе көрсетілген</translation>
    </message>
    <message>
        <source>schema version %1 is not supported (expected %2 to %3)</source>
        <translation>%1 схема нұсқасына қолдау көрсетілмейді (%2 – %3 аралығындағы нұсқа күтілген)</translation>
    </message>
    <message>
        <source>%1 ends before it begins (%2)</source>
        <translation>кезең басталмай тұрып аяқталады (аяқталуы: %1, басталуы: %2)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>жолдар массиві</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 жыл %2 жылдан бұрын</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>дереккөз</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>аумақ</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>сандық дерек</translation>
    </message>
    <message>
        <source>a venture</source>
        <translation>кәсіпорын</translation>
    </message>
    <message>
        <source>a pairing</source>
        <translation>серіктестік</translation>
    </message>
    <message>
        <source>event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>оқиға</translation>
    </message>
    <message>
        <source>%1 is not the id of %2</source>
        <translation>%1 — %2 идентификаторы емес</translation>
    </message>
    <message>
        <source>expected the day the page was read (YYYY-MM-DD), found %1</source>
        <translation>бетті қараған күн (ЖЖЖЖ-АА-КК) күтілген еді, табылғаны: %1</translation>
    </message>
    <message>
        <source>only a growth figure says what grew</source>
        <translation>не өскенін тек өсу көрсеткіші көрсетеді</translation>
    </message>
    <message>
        <source>expected &quot;turnover&quot;, &quot;exports&quot; or &quot;imports&quot;</source>
        <translation>«turnover», «exports» немесе «imports» күтілген</translation>
    </message>
    <message>
        <source>the file ends before the JSON does: a closing bracket, brace or quote is missing</source>
        <translation>файл JSON аяқталмай тұрып бітеді: жабатын жақша немесе тырнақша жетіспейді</translation>
    </message>
    <message>
        <source>this is not UTF-8 text: save the file as UTF-8</source>
        <translation>бұл UTF-8 мәтіні емес: файлды UTF-8 кодтауында сақтаңыз</translation>
    </message>
    <message>
        <source>a line break or a control character inside quotes: write a line break as \n</source>
        <translation>тырнақша ішінде жол ауысуы не басқару таңбасы бар: жол ауысуын 
 деп жазыңыз</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>тырнақшадағы мәтін жабылмаған</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know: write \\ for a backslash</source>
        <translation>кері қиғаш сызық JSON білмейтін таңбалар тізбегін бастайды: оның өзін \ деп жазыңыз</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>сан қате жазылған</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>құжат аяқталғаннан кейін тағы бірдеңе бар</translation>
    </message>
    <message>
        <source>a comma before a closing brace or bracket: JSON allows no comma after the last item</source>
        <translation>жабатын жақшаның алдында үтір бар: JSON соңғы элементтен кейін үтір қоюға рұқсат бермейді</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>тырнақшадағы өріс атауы күтілген</translation>
    </message>
    <message>
        <source>expected a colon (:) after the field name</source>
        <translation>өріс атауынан кейін қос нүкте (:) күтілген</translation>
    </message>
    <message>
        <source>expected a comma or a closing brace after the value: is a comma missing?</source>
        <translation>мәннен кейін үтір немесе жабатын фигуралы жақша күтілген: үтір түсіп қалған жоқ па?</translation>
    </message>
    <message>
        <source>expected a comma or a closing bracket after the value: is a comma missing?</source>
        <translation>мәннен кейін үтір немесе жабатын тік жақша күтілген: үтір түсіп қалған жоқ па?</translation>
    </message>
    <message>
        <source>a word JSON does not know: texts take double quotes, and true, false and null are written in lower case</source>
        <translation>JSON білмейтін сөз: мәтін тырнақшаға алынады, ал true, false және null кіші әріппен жазылады</translation>
    </message>
    <message>
        <source>the JSON cannot be read here</source>
        <translation>бұл жерде JSON оқылмайды</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file</source>
        <translation>файлда нөлдік байттар бар: бұл мәтіндік файл емес</translation>
    </message>
    <message>
        <source>the key %1 is given twice in this object; the later value would replace the earlier one</source>
        <translation>%1 кілті бұл нысанда екі рет берілген; кейінгі мән алдыңғысын алмастырар еді</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2 are allowed</source>
        <translation>тым ұзын: %1 таңба, ең көбі %2 рұқсат етіледі</translation>
    </message>
    <message>
        <source>too many: %1 items, at most %2 are allowed</source>
        <translation>элементтер тым көп: %1, ең көбі %2 рұқсат етіледі</translation>
    </message>
    <message>
        <source>%1 is not a web address: expected http:// or https:// (or an address printed without one, such as www.example.org/page)</source>
        <translation>%1 — веб-мекенжай емес: http:// немесе https:// күтіледі (не оларсыз басылған мекенжай, мысалы www.example.org/page)</translation>
    </message>
    <message>
        <source>the parents of %1 lead back to it: %2</source>
        <translation>%1 үшін жоғары тұрған орындар қайтадан өзіне әкеледі: %2</translation>
    </message>
    <message>
        <source>more than %1 places above %2</source>
        <translation>%2 үстінде %1 орыннан көп</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>Belarus and Kazakhstan: thirty years of partnership</source>
        <translation>Беларусь пен Қазақстан: серіктестіктің отыз жылы</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>Тауар айналымы диаграммасы</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan trade turnover</source>
        <translation>Беларусь–Қазақстан тауар айналымы</translation>
    </message>
    <message>
        <source>US$ million, as reported by each side; part-year and approximate values marked; gaps are years with no figure</source>
        <translation>млн АҚШ долл., әр тараптың деректері бойынша; жыл бөлігіне қатысты және шамамен алынған мәндер белгіленген; үзілістер — дерек жоқ жылдар</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Өңірлік сауда диаграммасы</translation>
    </message>
    <message>
        <source>Trade of Belarusian and Kazakh regions with the partner country</source>
        <translation>Беларусь және Қазақстан өңірлерінің серіктес елмен саудасы</translation>
    </message>
    <message>
        <source>US$ million, figures the book gives per oblast or region</source>
        <translation>млн АҚШ долл., кітапта облыстар немесе өңірлер бойынша келтірілген деректер</translation>
    </message>
    <message>
        <source>Venture output chart</source>
        <translation>Кәсіпорындар өнімі диаграммасы</translation>
    </message>
    <message>
        <source>Output of Belarusian–Kazakh assembly plants</source>
        <translation>Беларусь–Қазақстан құрастыру зауыттарының өнімі</translation>
    </message>
    <message>
        <source>Units produced or delivered per year, as the book reports them</source>
        <translation>Жылына өндірілген немесе жеткізілген өнім саны (дана), кітаптағы деректер бойынша</translation>
    </message>
    <message>
        <source>Region pairings table</source>
        <translation>Өңірлер серіктестігі кестесі</translation>
    </message>
    <message>
        <source>Partnerships between Belarusian and Kazakh regions, cities and institutions</source>
        <translation>Беларусь пен Қазақстанның өңірлері, қалалары және мекемелері арасындағы серіктестік</translation>
    </message>
    <message>
        <source>Joint ventures table</source>
        <translation>Бірлескен кәсіпорындар кестесі</translation>
    </message>
    <message>
        <source>Belarusian–Kazakh joint ventures and assembly plants</source>
        <translation>Беларусь–Қазақстан бірлескен кәсіпорындары мен құрастыру зауыттары</translation>
    </message>
    <message>
        <source>Sources table</source>
        <translation>Дереккөздер кестесі</translation>
    </message>
    <message>
        <source>Sources: the book&apos;s footnotes and supplementary pages</source>
        <translation>Дереккөздер: кітаптағы ескертпелер және қосымша веб-беттер</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>«%1» сұрауы бойынша</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Сүзгі: %1</translation>
    </message>
    <message>
        <source>from the book only</source>
        <translation>тек кітаптан</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan partnerships and joint ventures on the map</source>
        <translation>Беларусь–Қазақстан: серіктестіктер мен бірлескен кәсіпорындар</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>size %1×%2 is out of range: each side must be %3 to %4 pixels</source>
        <translation>%1×%2 өлшемі рұқсат етілген ауқымнан тыс: әр жағы %3–%4 пиксель болуы керек</translation>
    </message>
    <message>
        <source>scale %1 is out of range: expected 1 to 3</source>
        <translation>%1 масштабы рұқсат етілген ауқымнан тыс: 1–3 аралығындағы мән күтілген</translation>
    </message>
    <message>
        <source>cannot encode the PNG image: %1</source>
        <translation>PNG кескінін кодтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>cannot draw the SVG image</source>
        <translation>SVG кескінін салу мүмкін емес</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>PDF құжатын салуды бастау мүмкін емес</translation>
    </message>
    <message>
        <source>%1 is not a picture format</source>
        <translation>%1 — кескін форматы емес</translation>
    </message>
    <message>
        <source>cannot draw the PDF</source>
        <translation>PDF құру мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>First year shown, %1 to %2 (default: no limit).</source>
        <translation>Көрсетілетін алғашқы жыл, %1–%2 (әдепкі: шектеусіз).</translation>
    </message>
    <message>
        <source>Last year shown, %1 to %2 (default: no limit).</source>
        <translation>Көрсетілетін соңғы жыл, %1–%2 (әдепкі: шектеусіз).</translation>
    </message>
    <message>
        <source>A place id of the dataset (a country, region or city): its records and those of the places within it.</source>
        <translation>Деректер жинағындағы аумақтың идентификаторы (ел, өңір немесе қала): оның жазбалары және оның құрамындағы аумақтардың жазбалары.</translation>
    </message>
    <message>
        <source>Event categories, comma-separated: %1.</source>
        <translation>Оқиға санаттары, үтірмен бөлінген: %1.</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them: %1.</source>
        <translation>Кәсіпорындардың, деректердің және оларға қатысты оқиғалардың саласы: %1.</translation>
    </message>
    <message>
        <source>Only records matching this text, as the search box.</source>
        <translation>Тек осы мәтінге сәйкес жазбалар, іздеу өрісіндегідей.</translation>
    </message>
    <message>
        <source>book: the book&apos;s records only; all (default): supplementary figures too.</source>
        <translation>book: тек кітаптағы жазбалар; all (әдепкі): қосымша деректер де қамтылады.</translation>
    </message>
    <message>
        <source>The turnover view&apos;s lines, comma-separated: %1, each for both sides or with -by or -kz (default: turnover).</source>
        <translation>turnover көрінісінің сызықтары, үтірмен бөлінген: %1; әрқайсысы екі тарап үшін немесе соңына -by не -kz жалғанып беріледі (әдепкі: turnover).</translation>
    </message>
    <message>
        <source>--%1 must be a year from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 мәні %2–%3 аралығындағы жыл болуы керек, берілгені: &quot;%4&quot;</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the first year must not be after the last</source>
        <translation>--from %1 мәні --to %2 мәнінен кейін: алғашқы жыл соңғы жылдан кейін болмауы керек</translation>
    </message>
    <message>
        <source>--category must be one or more of %1 (comma-separated), not &quot;%2&quot;</source>
        <translation>--category мәні %1 ішінен бір немесе бірнеше мән болуы керек (үтірмен бөлінген), берілгені: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--sector must be one of %1, not &quot;%2&quot;</source>
        <translation>--sector мәні %1 ішінен бір мән болуы керек, берілгені: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--sources must be book or all, not &quot;%1&quot;</source>
        <translation>--sources мәні book немесе all болуы керек, берілгені: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--series: %1</source>
        <translation>--series: %1</translation>
    </message>
    <message>
        <source>--place &quot;%1&quot; is not a place of the dataset: expected %2 or a city&apos;s id</source>
        <translation>--place &quot;%1&quot; деректер жинағындағы аумақ емес: %2 немесе қаланың идентификаторы күтілген</translation>
    </message>
</context>
<context>
    <name>MapExportSource</name>
    <message>
        <source>Layer</source>
        <translation>Қабат</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Жерлер</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation>Жазба идентификаторлары</translation>
    </message>
    <message>
        <source>Partnerships with a side that names no place</source>
        <translation>Тараптарының бірі орнын атамаған серіктестіктер</translation>
    </message>
    <message>
        <source>Joint ventures that name no town or region</source>
        <translation>Қаласы не облысы көрсетілмеген бірлескен кәсіпорындар</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n серіктестік</numerusform>
            <numerusform>%n серіктестік</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s)</source>
        <translation>
            <numerusform>%n бірлескен кәсіпорын</numerusform>
            <numerusform>%n бірлескен кәсіпорын</numerusform>
        </translation>
    </message>
    <message>
        <source>; regions shaded by their partnerships</source>
        <translation>; өңірлер серіктестіктер санына қарай боялған</translation>
    </message>
    <message>
        <source>Arcs join the places the two sides of a partnership name; arcs to a region meet at its centre. Belarus is drawn at a larger scale than Kazakhstan.</source>
        <translation>Доғалар серіктестіктің екі тарапы атаған жерлерді қосады; облысқа баратын доғалар оның орталығында тоғысады. Беларусь Қазақстанға қарағанда ірірек масштабта берілген.</translation>
    </message>
    <message>
        <source>Regions as before 2018 (Natural Earth): %1.</source>
        <translation>Облыстар 2018 жылға дейінгі шекараларымен (Natural Earth): %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Places carry the names the dataset gives them today: it gives former names without dates.</source>
        <translation>Жерлер деректер жинағындағы қазіргі атауларымен берілген: бұрынғы атаулары онда күнсіз келтірілген.</translation>
    </message>
    <message>
        <source>Map of Belarus and Kazakhstan by region: no partnership or joint venture matches the filters.</source>
        <translation>Беларусь пен Қазақстанның өңірлер картасы: сүзгілерге сай серіктестік те, бірлескен кәсіпорын да жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s)</source>
        <translation>
            <numerusform>Беларусь пен Қазақстанның өңірлер картасы: %n серіктестік</numerusform>
            <numerusform>Беларусь пен Қазақстанның өңірлер картасы: %n серіктестік</numerusform>
        </translation>
    </message>
    <message>
        <source>, most in %1 (%2)</source>
        <translation>, ең көбі — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n drawn as arcs between the partners&apos; places</source>
        <translation>
            <numerusform>; оның %n-і серіктестер жерлерінің арасында доғамен көрсетілген</numerusform>
            <numerusform>; оның %n-і серіктестер жерлерінің арасында доғамен көрсетілген</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n joint venture(s)</source>
        <translation>
            <numerusform>; %n бірлескен кәсіпорын</numerusform>
            <numerusform>; %n бірлескен кәсіпорын</numerusform>
        </translation>
    </message>
    <message>
        <source>, most at %1 (%2)</source>
        <translation>, ең көбі — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s) and their arcs, </source>
        <translation>
            <numerusform>Беларусь пен Қазақстанның өңірлер картасы: %n серіктестік және олардың доғалары, </numerusform>
            <numerusform>Беларусь пен Қазақстанның өңірлер картасы: %n серіктестік және олардың доғалары, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) as pins.</source>
        <translation>
            <numerusform>%n бірлескен кәсіпорын белгі ретінде.</numerusform>
            <numerusform>%n бірлескен кәсіпорын белгі ретінде.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Partnerships per region: %1.</source>
        <translation>Өңірлер бойынша серіктестіктер: %1.</translation>
    </message>
    <message>
        <source>Arcs: %1.</source>
        <translation>Доғалар: %1.</translation>
    </message>
    <message>
        <source>Joint ventures per place: %1.</source>
        <translation>Жерлер бойынша бірлескен кәсіпорындар: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) with a side that names no place are counted in their regions but not drawn as arcs.</source>
        <translation>
            <numerusform>Тараптарының бірі орнын атамаған %n серіктестік өз облысында есептелген, бірақ доғамен көрсетілмеген.</numerusform>
            <numerusform>Тараптарының бірі орнын атамаған %n серіктестік өз облысында есептелген, бірақ доғамен көрсетілмеген.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) that name(s) no town or region have no pin.</source>
        <translation>
            <numerusform>Қаласы не облысы көрсетілмеген %n бірлескен кәсіпорын белгімен көрсетілмеген.</numerusform>
            <numerusform>Қаласы не облысы көрсетілмеген %n бірлескен кәсіпорын белгімен көрсетілмеген.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <source>Russia</source>
        <translation>Ресей</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Қытай</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Моңғолия</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Өзбекстан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Түрікменстан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Қырғызстан</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <translation>Каспий теңізі</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Қара теңіз</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>%1 (enlarged ×%2)</source>
        <translation>%1 (×%2 үлкейтілген)</translation>
    </message>
    <message>
        <source>Boundaries: %1</source>
        <translation>Шекаралар: %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;км</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>capital</source>
        <translation>астана</translation>
    </message>
    <message>
        <source>town or district</source>
        <translation>қала не аудан</translation>
    </message>
    <message>
        <source>region&apos;s centre</source>
        <translation>облыс орталығы</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Өңірлер бойынша серіктестіктер</translation>
    </message>
    <message>
        <source>Partnerships between places</source>
        <translation>Жерлер арасындағы серіктестіктер</translation>
    </message>
    <message>
        <source>Joint ventures and plants</source>
        <translation>Бірлескен кәсіпорындар мен зауыттар</translation>
    </message>
    <message>
        <source>in a town (number: how many)</source>
        <translation>қалада (сан — қаншасы)</translation>
    </message>
    <message>
        <source>only the region is known</source>
        <translation>тек облысы белгілі</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Жерлер</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s): a side names no place</source>
        <translation>
            <numerusform>%n серіктестік: бір тарап орнын атамаған</numerusform>
            <numerusform>%n серіктестік: бір тарап орнын атамаған</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s): no town or region given</source>
        <translation>
            <numerusform>%n бірлескен кәсіпорын: қаласы да, облысы да көрсетілмеген</numerusform>
            <numerusform>%n бірлескен кәсіпорын: қаласы да, облысы да көрсетілмеген</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Картада жоқ</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>No partnerships or ventures match the current filters</source>
        <translation>Сүзгілерге сай серіктестік те, кәсіпорын да жоқ</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (%2 қоса алғанда)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partnership(s)</source>
        <translation>
            <numerusform>%1: %n серіктестік</numerusform>
            <numerusform>%1: %n серіктестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partnership(s) between them</source>
        <translation>
            <numerusform>%1: олардың арасында %n серіктестік</numerusform>
            <numerusform>%1: олардың арасында %n серіктестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, town not given: %n joint venture(s)</source>
        <translation>
            <numerusform>%1, қаласы көрсетілмеген: %n бірлескен кәсіпорын</numerusform>
            <numerusform>%1, қаласы көрсетілмеген: %n бірлескен кәсіпорын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n joint venture(s)</source>
        <translation>
            <numerusform>%1: %n бірлескен кәсіпорын</numerusform>
            <numerusform>%1: %n бірлескен кәсіпорын</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>a folder</source>
        <translation>қалта</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>атаулы арна (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>құрылғы</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>кәдімгі файл емес</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>дискіде орын қалмады</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>диск квотасынан асып кетті</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>файл атауы көрсетілмеген</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which does not exist</source>
        <translation>%1 жазу мүмкін емес: бұл жоқ %2 нысанына сілтеме</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which is %3, not a regular file</source>
        <translation>%1 жазу мүмкін емес: бұл %2 нысанына сілтеме, ол — %3, кәдімгі файл емес</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, a file that belongs to another user</source>
        <translation>%1 жазу мүмкін емес: бұл басқа пайдаланушының %2 файлына сілтеме</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a regular file</source>
        <translation>%1 жазу мүмкін емес: бұл — %2, кәдімгі файл емес</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 жазу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>cannot write %1: cannot keep a copy of the file it replaces</source>
        <translation>%1 жазу мүмкін емес: ауыстырылатын файлдың көшірмесін сақтау мүмкін болмады</translation>
    </message>
</context>
<context>
    <name>RecordFormatter</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Supplementary figure, not from the book</source>
        <translation>Қосымша дерек, кітаптан алынбаған</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Кітап, %1-ескертпе</translation>
    </message>
    <message>
        <source>Supplementary, not from the book</source>
        <translation>Қосымша, кітаптан алынбаған</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Байланысты жазбалар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>толық жыл</translation>
    </message>
    <message>
        <source>Figure (supplementary)</source>
        <translation>Сандық дерек (қосымша)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Сандық дерек</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ауқымы</translation>
    </message>
    <message>
        <source>The sources give another value</source>
        <translation>Дереккөздерде басқа мән келтірілген</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 жылдан бері</translation>
    </message>
    <message>
        <source>Joint venture or project</source>
        <translation>Бірлескен кәсіпорын немесе жоба</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Өнімдер</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Серіктестер</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 дана</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1 млн АҚШ долл.</translation>
    </message>
    <message>
        <source>investment US$ %1 M</source>
        <translation>инвестиция: %1 млн АҚШ долл.</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 жұмыс орны</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 м²</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Негізгі кезеңдер</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Серіктестік</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Ынтымақтастық салалары</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Осы аумақта</translation>
    </message>
    <message>
        <source>Source: book note %1</source>
        <translation>Дереккөз: кітаптың %1-ескертпесі</translation>
    </message>
    <message>
        <source>Source: supplementary page</source>
        <translation>Дереккөз: қосымша веб-бет</translation>
    </message>
    <message>
        <source>Records citing it</source>
        <translation>Осы дереккөзге сілтеме жасайтын жазбалар</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Сандық деректер</translation>
    </message>
    <message>
        <source>Ventures started</source>
        <translation>Іске қосылған кәсіпорындар</translation>
    </message>
    <message>
        <source>Partnerships signed</source>
        <translation>Жасалған серіктестіктер</translation>
    </message>
    <message>
        <source>The dataset has nothing dated in this year.</source>
        <translation>Деректер жинағында бұл жылға жататын жазба жоқ.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>%1, note %2</source>
        <translation>%1, %2-ескертпе</translation>
    </message>
    <message>
        <source>Told differently elsewhere</source>
        <translation>Басқа жерде басқаша айтылған</translation>
    </message>
    <message>
        <source>Based in %1</source>
        <translation>Орналасқан жері: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>бұл файл емес, қалта</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file: only regular files are read</source>
        <translation>бұл файл емес, атаулы арна (FIFO): тек кәдімгі файлдар оқылады</translation>
    </message>
    <message>
        <source>is a device, not a file: only regular files are read</source>
        <translation>бұл файл емес, құрылғы: тек кәдімгі файлдар оқылады</translation>
    </message>
    <message>
        <source>is a socket, not a file: only regular files are read</source>
        <translation>бұл файл емес, сокет: тек кәдімгі файлдар оқылады</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>бұл кәдімгі файл емес</translation>
    </message>
    <message>
        <source>the file holds %1; files larger than %2 are refused</source>
        <translation>файл көлемі — %1; көлемі %2 асатын файлдар қабылданбайды</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>мұндай файл жоқ</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>supplementary figures, not from the book: %1</source>
        <translation>қосымша деректер, кітаптан алынбаған: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Дереккөз: %1</translation>
    </message>
    <message>
        <source>Made with Partnership Explorer.</source>
        <translation>Partnership Explorer арқылы жасалған.</translation>
    </message>
    <message>
        <source>Source: %1, note %2</source>
        <translation>Дереккөз: %1, %2-ескертпе</translation>
    </message>
    <message>
        <source>Source: %1, notes %2</source>
        <translation>Дереккөз: %1, %2-ескертпелер</translation>
    </message>
</context>
<context>
    <name>TableExportSource</name>
    <message numerus="yes">
        <source>A table of %n record(s).</source>
        <translation>
            <numerusform>%n жазбадан тұратын кесте.</numerusform>
            <numerusform>%n жазбадан тұратын кесте.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n жазба</numerusform>
            <numerusform>%n жазба</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExportSource</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message>
        <source>, by category</source>
        <translation>, санаттар бойынша</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Сүзгілерге сәйкес оқиға жоқ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</source>
        <translation>
            <numerusform>Беларусь–Қазақстан серіктестігінің %n оқиғасын қамтитын уақыт шкаласы: %1 (%2) – %3 (%4) аралығы, оқиғалар санаттар бойынша жолақтарға бөлінген (%5).</numerusform>
            <numerusform>Беларусь–Қазақстан серіктестігінің %n оқиғасын қамтитын уақыт шкаласы: %1 (%2) – %3 (%4) аралығы, оқиғалар санаттар бойынша жолақтарға бөлінген (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourHandout</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>%1-қадам, барлығы %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Сұрақ: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>the tour has no step</source>
        <translation>турда бірде-бір қадам жоқ</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>PDF құжатын салуды бастау мүмкін емес</translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON объектісі күтілген</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; күтілген</translation>
    </message>
    <message>
        <source>version %1 is not supported; expected %2</source>
        <translation>%1 нұсқасына қолдау көрсетілмейді; %2 нұсқасы күтілген</translation>
    </message>
    <message>
        <source>expected an array of at least one step</source>
        <translation>кемінде бір қадамнан тұратын массив күтілген</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>белгісіз өріс: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>&quot;%1&quot; өрісі жоқ</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>мәтін күтілген</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>бүтін сан күтілген</translation>
    </message>
    <message>
        <source>expected a year from %1 to %2</source>
        <translation>%1 – %2 аралығындағы жыл күтілген</translation>
    </message>
    <message>
        <source>expected an object of texts in en, fr and ru</source>
        <translation>en, fr және ru тілдеріндегі мәтіндер объектісі күтілген</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>деректер жинағында &quot;%1&quot; жазбасы жоқ</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; is not shown in the %2 view; expected one of: %3</source>
        <translation>&quot;%1&quot; жазбасы %2 көрінісінде көрсетілмейді; мыналардың бірі күтілген: %3</translation>
    </message>
    <message>
        <source>expected a step object</source>
        <translation>қадам объектісі күтілген</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; expected one of: %2</source>
        <translation>белгісіз көрініс: &quot;%1&quot;; мыналардың бірі күтілген: %2</translation>
    </message>
    <message>
        <source>expected {&quot;from&quot;: YEAR, &quot;to&quot;: YEAR}</source>
        <translation>{&quot;from&quot;: ЖЫЛ, &quot;to&quot;: ЖЫЛ} күтілген</translation>
    </message>
    <message>
        <source>the years are in the wrong order</source>
        <translation>жылдар дұрыс емес ретпен берілген</translation>
    </message>
    <message>
        <source>expected both &quot;from&quot; and &quot;to&quot;</source>
        <translation>&quot;from&quot; және &quot;to&quot; өрістерінің екеуі де күтілген</translation>
    </message>
    <message>
        <source>expected {&quot;year&quot;: YEAR}</source>
        <translation>{&quot;year&quot;: ЖЫЛ} күтілген</translation>
    </message>
    <message>
        <source>expected the ids of the sources the caption relies on</source>
        <translation>түсініктеме мәтіні сүйенетін дереккөздердің идентификаторлары күтілген</translation>
    </message>
    <message>
        <source>expected a source id</source>
        <translation>дереккөз идентификаторы күтілген</translation>
    </message>
    <message>
        <source>no source &quot;%1&quot; in the dataset</source>
        <translation>деректер жинағында &quot;%1&quot; дереккөзі жоқ</translation>
    </message>
    <message>
        <source>expected {&quot;record&quot;: ID, &quot;prompt&quot;: TEXTS}</source>
        <translation>{&quot;record&quot;: ID, &quot;prompt&quot;: МӘТІНДЕР} күтілген</translation>
    </message>
    <message>
        <source>expected a filter object</source>
        <translation>сүзгі объектісі күтілген</translation>
    </message>
    <message>
        <source>no place &quot;%1&quot; in the dataset</source>
        <translation>деректер жинағында &quot;%1&quot; аумағы жоқ</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of: %2</source>
        <translation>белгісіз санат: &quot;%1&quot;; мыналардың бірі күтілген: %2</translation>
    </message>
    <message>
        <source>unknown sector &quot;%1&quot;; expected one of: %2</source>
        <translation>белгісіз сала: &quot;%1&quot;; мыналардың бірі күтілген: %2</translation>
    </message>
    <message>
        <source>expected &quot;book&quot; or &quot;all&quot;</source>
        <translation>&quot;book&quot; немесе &quot;all&quot; күтілген</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>expected a text in at least one of en, fr and ru</source>
        <translation>en, fr және ru тілдерінің кемінде біреуінде мәтін күтілген</translation>
    </message>
</context>
<context>
    <name>TradeSeriesChoice</name>
    <message>
        <source>unknown series &quot;%1&quot;: expected a comma-separated list of %2</source>
        <translation>белгісіз қатар «%1»: үтірмен бөлінген тізім күтіледі: %2</translation>
    </message>
</context>
<context>
    <name>TurnoverDescription</name>
    <message>
        <source>%1 (%2)</source>
        <comment>indicator (whose figures)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Trade chart: no trade figures match the filters.</source>
        <translation>Сауда диаграммасы: сүзгілерге сәйкес сауда деректері жоқ.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2.</source>
        <translation>Беларусь–Қазақстан саудасының сызықтық диаграммасы, млн АҚШ долл., %1–%2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, from the book: %n figure(s), from %2 in %3 to %4 in %5; peak %6 in %7.</source>
        <translation>
            <numerusform>%1, кітаптан: %n дерек; %3 жылы — %2, %5 жылы — %4; ең жоғары мән — %6 (%7 ж.).</numerusform>
            <numerusform>%1, кітаптан: %n дерек; %3 жылы — %2, %5 жылы — %4; ең жоғары мән — %6 (%7 ж.).</numerusform>
        </translation>
    </message>
    <message>
        <source>No full-year figure for %1: the lines are broken there, never interpolated.</source>
        <translation>%1 ж. толық жылдық дерек жоқ: сызықтар осы тұста үзіледі, интерполяция жасалмайды.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%2, %1 (%3, %4)</translation>
    </message>
    <message>
        <source>Supplementary figures for %1 are marked apart: they come from public news pages, not from the book.</source>
        <translation>%1 ж. қосымша деректер бөлек белгіленген: олар кітаптан емес, ашық жаңалықтар беттерінен алынған.</translation>
    </message>
    <message>
        <source>Part-year figures, not comparable with full years: %1.</source>
        <translation>Жыл бөлігіне қатысты деректер, толық жылдармен салыстыруға келмейді: %1.</translation>
    </message>
    <message>
        <source>Marked: the %1 record, %2.</source>
        <translation>Белгіленген: %1 жылғы рекорд, %2.</translation>
    </message>
    <message>
        <source>Marked: %1, the first year above US$ 1 billion (%2).</source>
        <translation>Белгіленген: %1 — көрсеткіш алғаш рет 1 млрд АҚШ долларынан асқан жыл (%2).</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Белгіленген: %1.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2: %3.</source>
        <translation>Беларусь–Қазақстан саудасының сызықтық графигі, млн АҚШ доллары, %1–%2: %3.</translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5.</source>
        <translation>%1: %3 жылы %2, %5 жылы %4.</translation>
    </message>
    <message>
        <source>Record in %1, %2, the first year above US$ 1 billion.</source>
        <translation>Рекорд %1 жылы, %2, 1 млрд АҚШ долларынан асқан алғашқы жыл.</translation>
    </message>
    <message>
        <source>Record in %1, %2.</source>
        <translation>Рекорд %1 жылы, %2.</translation>
    </message>
    <message>
        <source>No full-year figure for %1.</source>
        <translation>Толық жыл дерегі жоқ: %1.</translation>
    </message>
    <message>
        <source>%1 (Belarusian figures)</source>
        <comment>indicator, as Belarusian statistics give it</comment>
        <translation>%1 (Беларусь деректері)</translation>
    </message>
    <message>
        <source>%1 (Kazakh figures)</source>
        <comment>indicator, as Kazakh statistics give it</comment>
        <translation>%1 (Қазақстан деректері)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Diplomacy</source>
        <translation>Дипломатия</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Сауда</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Өнеркәсіп</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Ауыл шаруашылығы</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Құрылыс</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Білім беру</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Ғылым</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Мәдениет</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Көлік</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Денсаулық сақтау</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Ауыл шаруашылығы және азық-түлік</translation>
    </message>
    <message>
        <source>Agricultural machinery</source>
        <translation>Ауыл шаруашылығы техникасы</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Автокөлік</translation>
    </message>
    <message>
        <source>Mining machinery</source>
        <translation>Тау-кен техникасы</translation>
    </message>
    <message>
        <source>Machine building</source>
        <translation>Машина жасау</translation>
    </message>
    <message>
        <source>Petrochemistry</source>
        <translation>Мұнай-химия</translation>
    </message>
    <message>
        <source>Wood products</source>
        <translation>Ағаш өнімдері</translation>
    </message>
    <message>
        <source>Light industry</source>
        <translation>Жеңіл өнеркәсіп</translation>
    </message>
    <message>
        <source>Pharmaceuticals and veterinary</source>
        <translation>Фармацевтика және ветеринария</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Көлік және логистика</translation>
    </message>
    <message>
        <source>IT and digital</source>
        <translation>АТ және цифрландыру</translation>
    </message>
    <message>
        <source>Aerospace and drones</source>
        <translation>Аэроғарыш және дрондар</translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation>Сауда және қызмет көрсету</translation>
    </message>
    <message>
        <source>Industrial parks</source>
        <translation>Индустриялық парктер</translation>
    </message>
    <message>
        <source>Education and science</source>
        <translation>Білім және ғылым</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Тауар айналымы</translation>
    </message>
    <message>
        <source>Belarusian exports</source>
        <translation>Беларусь экспорты</translation>
    </message>
    <message>
        <source>Belarusian imports</source>
        <translation>Беларусь импорты</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Өсім</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>дәл</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>шамамен</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>астам</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>кем</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>іс жүзіндегі</translation>
    </message>
    <message>
        <source>target</source>
        <translation>мақсатты</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>болжам</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Ұлттық</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Өңірлік</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Салалық</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Жарияланған</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Жұмыс істейді</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Аяқталған</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Облыс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Аудан</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Cultural centre</source>
        <translation>Мәдениет орталығы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Келісім</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Бастама</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>сауда</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>өнеркәсіп</translation>
    </message>
    <message>
        <source>agriculture</source>
        <translation>ауыл шаруашылығы</translation>
    </message>
    <message>
        <source>education</source>
        <translation>білім беру</translation>
    </message>
    <message>
        <source>science</source>
        <translation>ғылым</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>мәдениет</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>туризм</translation>
    </message>
    <message>
        <source>health</source>
        <translation>денсаулық сақтау</translation>
    </message>
    <message>
        <source>construction</source>
        <translation>құрылыс</translation>
    </message>
    <message>
        <source>media</source>
        <translation>БАҚ</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>жастар</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>спорт</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>көлік</translation>
    </message>
    <message>
        <source>humanitarian ties</source>
        <translation>гуманитарлық байланыстар</translation>
    </message>
    <message>
        <source>Belarusian figures</source>
        <translation>Беларусь деректері</translation>
    </message>
    <message>
        <source>Kazakh figures</source>
        <translation>Қазақстан деректері</translation>
    </message>
    <message>
        <source>Side not stated</source>
        <translation>Тарап көрсетілмеген</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Ауыл</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>I тоқсан</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>I жартыжылдық</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>month range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1 млн АҚШ долл.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>Growth of Belarusian exports</source>
        <translation>Беларусь экспортының өсуі</translation>
    </message>
    <message>
        <source>Growth of Belarusian imports</source>
        <translation>Беларусь импортының өсуі</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Checks a dataset file against the schema (docs/dataset.md), or a tour
file (docs/tours.md) against the built-in dataset.
Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage.</source>
        <translation>Деректер жинағы файлының схемаға (docs/dataset.md) немесе тур файлының (docs/tours.md)
кірістірілген деректер жинағына сәйкестігін тексереді.
Шығу коды: 0 — жарамды, 1 — жарамсыз, 2 — файл оқылмайды немесе пәрмен қате қолданылған.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this dataset file.</source>
        <translation>Осы деректер жинағы файлын ашу.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, ru, kk or be.</source>
        <translation>Интерфейс тілі: en, fr, ru, kk немесе be.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>белгісіз тіл &quot;%1&quot;: en, fr, ru, kk немесе be күтілген</translation>
    </message>
    <message>
        <source>Explore thirty years of the Belarus–Kazakhstan partnership.

Commands:
  validate FILE              check a dataset (exit 0 valid, 1 invalid, 2 unreadable)
  export --view VIEW --format FMT --out FILE [--width PX --height PX --scale N]
         [--lang L] [--theme light|dark|print] [--dataset FILE]
         [--from YEAR --to YEAR --place ID --category C --sector S
          --search TEXT --sources book|all] [--series LIST] [--csv-excel]
                             render a view without a display, filtered as in
                             the window
  export --tour NAME|FILE --format pdf --out FILE [--lang L] [--dataset FILE]
                             print a tour as a handout, a page per step
  cite RECORD-ID [--style chicago|apa|gost|bibtex|ris|csl-json] [--lang L]
  cite --view VIEW [the filters of export] [--style S]
                             print a record&apos;s citation, or a view&apos;s bibliography
  screenshot --out-dir DIR [--lang L] [--theme T] [--present]
         [the filters of export]
                             render every main view to DIR/VIEW.png
Each command takes --help.</source>
        <translation>Беларусь–Қазақстан серіктестігінің отыз жылын зерттеңіз.

Пәрмендер:
  validate FILE              деректер жинағын тексеру (шығу коды: 0 — жарамды, 1 — жарамсыз, 2 — оқылмайды)
  export --view VIEW --format FMT --out FILE [--width PX --height PX --scale N]
         [--lang L] [--theme light|dark|print] [--dataset FILE]
         [--from YEAR --to YEAR --place ID --category C --sector S
          --search TEXT --sources book|all] [--series LIST] [--csv-excel]
                             көріністі экрансыз файлға шығару, терезедегідей
                             сүзгілермен
  export --tour NAME|FILE --format pdf --out FILE [--lang L] [--dataset FILE]
                             турды үлестірме материал ретінде шығару, әр қадамға бір бет
  cite RECORD-ID [--style chicago|apa|gost|bibtex|ris|csl-json] [--lang L]
  cite --view VIEW [export пәрменінің сүзгілері] [--style S]
                             жазбаның сілтемесін немесе көріністің библиографиясын шығару
  screenshot --out-dir DIR [--lang L] [--theme T] [--present]
         [export пәрменінің сүзгілері]
                             әрбір негізгі көріністі DIR/VIEW.png файлына шығару
Әр пәрмен --help параметрін қабылдайды.</translation>
    </message>
    <message>
        <source>A dataset or a tour to open (a file manager passes the file opened with the app).</source>
        <translation>Ашылатын деректер жиыны немесе тур (файл менеджері қолданбамен ашылатын файлды осылай береді).</translation>
    </message>
    <message>
        <source>open one FILE at a time</source>
        <translation>бір уақытта бір FILE ашыңыз</translation>
    </message>
    <message>
        <source>Forget every remembered setting (window, language, recent files, export choices) before starting.</source>
        <translation>Іске қосар алдында барлық сақталған баптауларды (терезе, тіл, соңғы файлдар, экспорт параметрлері) ұмыту.</translation>
    </message>
</context>
<context>
    <name>pe::DataChartView</name>
    <message>
        <source>Book, %1</source>
        <translation>Кітап, %1</translation>
    </message>
    <message>
        <source>Supplementary (not from the book)</source>
        <translation>Қосымша (кітаптан емес)</translation>
    </message>
    <message>
        <source>Supplementary: %1 (not from the book)</source>
        <translation>Қосымша: %1 (кітаптан емес)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value (US$ million)</source>
        <translation>Мәні (млн АҚШ долл.)</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Дәлдігі</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Дерек берген тарап</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Қайдан алынған</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Жазба идентификаторы</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>толық жыл</translation>
    </message>
    <message>
        <source>supplementary (not from the book)</source>
        <translation>қосымша (кітаптан емес)</translation>
    </message>
    <message>
        <source>book</source>
        <translation>кітап</translation>
    </message>
</context>
<context>
    <name>pe::DatasetModel</name>
    <message numerus="yes">
        <source>note %1</source>
        <comment>book footnote(s)</comment>
        <translation>
            <numerusform>%1-ескертпе</numerusform>
            <numerusform>%1-ескертпелер</numerusform>
        </translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation>қосымша</translation>
    </message>
</context>
<context>
    <name>pe::DetailPane</name>
    <message>
        <source>Nothing selected</source>
        <translation>Ештеңе таңдалмаған</translation>
    </message>
    <message>
        <source>Select an event, a figure, a venture or a partnership to read what the book says and where it comes from.</source>
        <translation>Кітапта не айтылғанын және мәліметтің қайдан алынғанын көру үшін оқиғаны, сандық деректі, кәсіпорынды немесе серіктестікті таңдаңыз.</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Сілтеме көшірілді</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Сілтеме</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Copy in Chicago Style</source>
        <translation>Chicago стилінде көшіру</translation>
    </message>
    <message>
        <source>Copy in APA Style</source>
        <translation>APA стилінде көшіру</translation>
    </message>
    <message>
        <source>Copy in GOST Style</source>
        <translation>ГОСТ стилінде көшіру</translation>
    </message>
    <message>
        <source>Save as BibTeX (.bib)…</source>
        <translation>BibTeX (.bib) ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as RIS (.ris)…</source>
        <translation>RIS (.ris) ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save as CSL-JSON (.json)…</source>
        <translation>CSL-JSON (.json) ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save Citation</source>
        <translation>Сілтемені сақтау</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 файлын жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Citation saved</source>
        <translation>Сілтеме сақталды</translation>
    </message>
    <message>
        <source>How to cite (%1)</source>
        <translation>Қалай дәйексөз келтіру керек (%1)</translation>
    </message>
    <message>
        <source>Style Shown Below</source>
        <translation>Төменде көрсетілетін стиль</translation>
    </message>
    <message>
        <source>Chicago</source>
        <translation>Chicago</translation>
    </message>
    <message>
        <source>APA</source>
        <translation>APA</translation>
    </message>
    <message>
        <source>GOST</source>
        <translation>МЕМСТ</translation>
    </message>
    <message>
        <source>Hidden by the current filters: no view shows this record.</source>
        <translation>Ағымдағы сүзгілер жасырған: бұл жазбаны ешбір көрініс көрсетпейді.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сүзгілерді тазалау</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Таңдауды алып тастау</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Сілтемені көшіру</translation>
    </message>
    <message>
        <source>Cite this record&apos;s sources, or a year&apos;s, in a style: copy them or save them for a reference manager (%1 copies in the style shown below)</source>
        <translation>Жазбаның немесе жылдың дереккөздерін таңдалған стильде келтіру: көшіру немесе сілтеме менеджері үшін сақтау (%1 төменде көрсетілген стильде көшіреді)</translation>
    </message>
    <message>
        <source>What is selected, with its sources; Tab moves between its links.</source>
        <translation>Таңдалған жазба дереккөздерімен; Tab сілтемелер арасында ауысады.</translation>
    </message>
</context>
<context>
    <name>pe::EventModel</name>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Аумақтар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>pe::ExportDialog</name>
    <message>
        <source>CSV (the numbers, UTF-8)</source>
        <translation>CSV (сандар, UTF-8)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG кескіні</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG векторлық кескіні</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>CSV көшіру</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Кескінді көшіру</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пкс</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 файлдары (*.%2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Алмасу буферіне көшірілді</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Пішім</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшем</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Еркін өлшем</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Безендіру</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Тақырыпша</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Балама мәтін</translation>
    </message>
    <message>
        <source>Article (1200 × 675)</source>
        <translation>Мақала (1200 × 675)</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Слайд (1920 × 1080)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Шаршы (1080 × 1080)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Еркін</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Күңгірт</translation>
    </message>
    <message>
        <source>Print (greyscale)</source>
        <translation>Басып шығару (сұр реңктер)</translation>
    </message>
    <message>
        <source>Optional notes drawn above the source line</source>
        <translation>Дереккөз жолының үстінде шығатын қосымша ескертпелер (міндетті емес)</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Балама мәтінді көшіру</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <source>Some text is %1 pt at this size, under %2 pt: hard to read in print. Choose a larger size.</source>
        <translation>Бұл өлшемде мәтіннің бір бөлігі %1 пт, %2 пт-дан кіші: баспада оқу қиын. Үлкенірек өлшемді таңдаңыз.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Қатарлар</translation>
    </message>
    <message>
        <source>Print (%1 × %2 cm at %3 dpi)</source>
        <translation>Баспа (%1 × %2 см, %3 dpi)</translation>
    </message>
    <message>
        <source>Show the selection</source>
        <translation>Таңдалғанды көрсету</translation>
    </message>
    <message>
        <source>Draw the record and year selected in the window, as on screen. Off: the file shows the data alone.</source>
        <translation>Терезеде таңдалған жазба мен жылды экрандағыдай салу. Өшірулі болса, файл тек деректерді көрсетеді.</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>Excel үшін CSV</translation>
    </message>
    <message>
        <source>A byte order mark so that Excel reads the text right, and in French, Russian, Kazakh or Belarusian semicolons between fields and decimal commas. Off: plain CSV for scripts and Datawrapper.</source>
        <translation>Excel мәтінді дұрыс оқуы үшін байт реті белгісі, ал француз, орыс, қазақ немесе беларусь тілдерінде — өрістер арасында нүктелі үтір және ондық үтір. Өшірулі болса, скрипттер мен Datawrapper үшін қарапайым CSV жасалады.</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>Файл сақталмады.</translation>
    </message>
</context>
<context>
    <name>pe::FilterBar</name>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Барлық салалар</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Барлық аумақтар</translation>
    </message>
    <message>
        <source>Search events, figures, ventures, places… (Ctrl+F)</source>
        <translation>Оқиғаларды, деректерді, кәсіпорындарды, аумақтарды іздеу… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <source>from</source>
        <translation>бастап</translation>
    </message>
    <message>
        <source>to</source>
        <translation>дейін</translation>
    </message>
    <message>
        <source>First year shown</source>
        <translation>Көрсетілетін алғашқы жыл</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>Көрсетілетін соңғы жыл</translation>
    </message>
    <message>
        <source>Event category (timeline)</source>
        <translation>Оқиға санаты (уақыт шкаласы)</translation>
    </message>
    <message>
        <source>Region or country: also matches the cities within it</source>
        <translation>Өңір немесе ел: оның құрамындағы қалалар да қамтылады</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them</source>
        <translation>Кәсіпорындардың, деректердің және оларға қатысты оқиғалардың саласы</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазарту</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Show every record again: clears the search and every filter</source>
        <translation>Барлық жазбаны қайта көрсету: іздеуді және барлық сүзгіні тазалайды</translation>
    </message>
</context>
<context>
    <name>pe::LoadingIndicator</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 жүктелуде…</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Жүктеу барысы</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Stop reading this dataset and keep the one in use</source>
        <translation>Бұл деректер жинағын оқуды тоқтатып, ағымдағысын қалдыру</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Жүктеуден бас тарту</translation>
    </message>
</context>
<context>
    <name>pe::MainWindow</name>
    <message>
        <source>About Partnership Explorer</source>
        <translation>Partnership Explorer туралы</translation>
    </message>
    <message>
        <source>Partnership Explorer</source>
        <translation>Partnership Explorer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Тауар айналымы</translation>
    </message>
    <message>
        <source>Regional trade</source>
        <translation>Өңірлік сауда</translation>
    </message>
    <message>
        <source>Region pairings</source>
        <translation>Өңірлер серіктестігі</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>Бірлескен кәсіпорындар</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Деректер жинағын ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Dataset</source>
        <translation>Кірістірілген деректер жинағын &amp;ашу</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы ашылғандар</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>Көріністі кескін ретінде &amp;көшіру</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>Уақыт шкаласын &amp;сыйдыру</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>&amp;Мәліметтер панелі</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Презентация режимі</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Partnership Explorer</source>
        <translation>Partnership Explorer &amp;туралы</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 figures · %4 ventures · %5 partnerships · %6 sources</source>
        <translation>%1 · %2 оқиға · %3 сандық дерек · %4 кәсіпорын · %5 серіктестік · %6 дереккөз</translation>
    </message>
    <message>
        <source>Built-in dataset</source>
        <translation>Кірістірілген деректер жинағы</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Алмасу буферіне көшірілді</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Деректер жинағын ашу</translation>
    </message>
    <message>
        <source>Datasets (*.json);;All files (*)</source>
        <translation>Деректер жинақтары (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Thirty years of the Belarus–Kazakhstan partnership, from %2, with supplementary public figures marked as such.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Беларусь–Қазақстан серіктестігінің отыз жылы — %2 кітабы бойынша; ашық дереккөздерден алынған қосымша деректер жеке белгіленген.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>Т&amp;ур</translation>
    </message>
    <message>
        <source>Present a &amp;Built-in Tour</source>
        <translation>&amp;Кірістірілген турды көрсету</translation>
    </message>
    <message>
        <source>&amp;Present This Tour</source>
        <translation>&amp;Осы турды көрсету</translation>
    </message>
    <message>
        <source>Presenter &amp;View</source>
        <translation>&amp;Баяндамашы көрінісі</translation>
    </message>
    <message>
        <source>&amp;New Tour</source>
        <translation>&amp;Жаңа тур</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>Турды &amp;ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent Tour</source>
        <translation>&amp;Соңғы ашылған турлар</translation>
    </message>
    <message>
        <source>&amp;Save Tour</source>
        <translation>Турды сақта&amp;у</translation>
    </message>
    <message>
        <source>Save Tour &amp;As…</source>
        <translation>Турды басқа атпен сақ&amp;тау…</translation>
    </message>
    <message>
        <source>&amp;Edit Tour</source>
        <translation>Турды &amp;өңдеу</translation>
    </message>
    <message>
        <source>&amp;Add This View as a Step</source>
        <translation>Осы көріністі қадам ретінде &amp;қосу</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>&amp;Үлестірме материалды экспорттау…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Жазба</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Көріністер</translation>
    </message>
    <message>
        <source>The timeline, the charts and the tables of the dataset: Alt+1 to Alt+6 show them</source>
        <translation>Деректер жиынының хронологиясы, диаграммалары мен кестелері: Alt+1 … Alt+6 ашады</translation>
    </message>
    <message>
        <source>Up and Down move between rows and show the row&apos;s record in the detail pane; Tab leaves the table.</source>
        <translation>Жоғары мен Төмен жолдар арасында ауысып, жолдың жазбасын мәліметтер тақтасында көрсетеді; Tab кестеден шығады.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Сандық деректер</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Серіктестіктер</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Өңірлер бойынша серіктестіктер</translation>
    </message>
    <message>
        <source>Enter or a double click on a region filters every view to it.</source>
        <translation>Өңірде Enter немесе қос шерту барлық көріністі сол өңір бойынша сүзеді.</translation>
    </message>
    <message>
        <source>Left and Right step through what the chart draws, Enter opens its record.</source>
        <translation>Солға мен Оңға диаграммадағыны бірінен соң бірін таңдайды, Enter жазбаны ашады.</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>Тауар айналымы диаграммасы</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Өңірлік сауда диаграммасы</translation>
    </message>
    <message>
        <source>Output of the assembly plants</source>
        <translation>Құрастыру өндірістерінің шығарылымы</translation>
    </message>
    <message>
        <source>category</source>
        <translation>санат</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>сала</translation>
    </message>
    <message>
        <source>Not applied in this view: %1</source>
        <translation>Бұл көріністе қолданылмайды: %1</translation>
    </message>
    <message>
        <source>No event matches the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сай оқиға жоқ.</translation>
    </message>
    <message>
        <source>This dataset has no events.</source>
        <translation>Бұл деректер жиынында оқиға жоқ.</translation>
    </message>
    <message>
        <source>No figure matches the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сай көрсеткіш жоқ.</translation>
    </message>
    <message>
        <source>This dataset has no figures.</source>
        <translation>Бұл деректер жиынында көрсеткіш жоқ.</translation>
    </message>
    <message>
        <source>No partnership matches the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сай серіктестік жоқ.</translation>
    </message>
    <message>
        <source>This dataset has no partnerships.</source>
        <translation>Бұл деректер жиынында серіктестік жоқ.</translation>
    </message>
    <message>
        <source>No venture matches the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сай кәсіпорын жоқ.</translation>
    </message>
    <message>
        <source>This dataset has no ventures.</source>
        <translation>Бұл деректер жиынында кәсіпорын жоқ.</translation>
    </message>
    <message>
        <source>No source matches the search and filters.</source>
        <translation>Іздеу мен сүзгілерге сай дереккөз жоқ.</translation>
    </message>
    <message>
        <source>This dataset has no sources.</source>
        <translation>Бұл деректер жиынында дереккөз жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>Көрсетілгені: %1 / %n оқиға</numerusform>
            <numerusform>Көрсетілгені: %1 / %n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figures shown</source>
        <translation>
            <numerusform>Көрсетілгені: %1 / %n көрсеткіш</numerusform>
            <numerusform>Көрсетілгені: %1 / %n көрсеткіш</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnerships shown</source>
        <translation>
            <numerusform>Көрсетілгені: %1 / %n серіктестік</numerusform>
            <numerusform>Көрсетілгені: %1 / %n серіктестік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ventures shown</source>
        <translation>
            <numerusform>Көрсетілгені: %1 / %n кәсіпорын</numerusform>
            <numerusform>Көрсетілгені: %1 / %n кәсіпорын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sources shown</source>
        <translation>
            <numerusform>Көрсетілгені: %1 / %n дереккөз</numerusform>
            <numerusform>Көрсетілгені: %1 / %n дереккөз</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Stopped reading %1; the dataset in use stays</source>
        <translation>%1 оқу тоқтатылды; ағымдағы деректер жинағы қалады</translation>
    </message>
</context>
<context>
    <name>pe::MapLayerBar</name>
    <message>
        <source>Regions</source>
        <translation>Өңірлер</translation>
    </message>
    <message>
        <source>Shade each region by the partnerships that involve it</source>
        <translation>Әр өңірді оның серіктестіктер санына қарай бояу</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Серіктестіктер</translation>
    </message>
    <message>
        <source>Draw each partnership as an arc between the two sides&apos; places</source>
        <translation>Әр серіктестікті екі тараптың жерлері арасындағы доғамен көрсету</translation>
    </message>
    <message>
        <source>Ventures</source>
        <translation>Кәсіпорындар</translation>
    </message>
    <message>
        <source>Pin joint ventures and plants at their places</source>
        <translation>Бірлескен кәсіпорындар мен зауыттарды орналасқан жерінде белгілеу</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Атаулар</translation>
    </message>
    <message>
        <source>Show places and their names</source>
        <translation>Жерлер мен олардың атауларын көрсету</translation>
    </message>
</context>
<context>
    <name>pe::MapView</name>
    <message>
        <source>Press Enter to filter every view to this region</source>
        <translation>Барлық көріністерді осы өңір бойынша сүзу үшін Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Press Enter to show it in the details</source>
        <translation>Мәліметтер панелінде көрсету үшін Enter пернесін басыңыз</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Regions shaded by their partnerships, arcs between partner places, pins for joint ventures. The arrow keys move between them, Tab to the next group, Enter filters to a region or opens a partnership or venture in the details.</source>
        <translation>Өңірлер серіктестіктер санына қарай боялған, доғалар серіктес жерлерді қосады, белгілер бірлескен кәсіпорындарды көрсетеді. Көрсеткі пернелер олардың арасында жылжытады, Tab — келесі топқа өтеді, Enter өңір бойынша сүзеді немесе серіктестікті не кәсіпорынды мәліметтер панелінде ашады.</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>Басқа атаулары: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Click to filter every view to %1</source>
        <translation>Барлық көріністерді сүзу үшін шертіңіз: %1</translation>
    </message>
    <message>
        <source>Click to show every region again</source>
        <translation>Барлық өңірді қайта көрсету үшін шертіңіз</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>және тағы %n</numerusform>
            <numerusform>және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show one in the details, again for the next</source>
        <translation>Біреуін мәліметтер панелінде көрсету үшін шертіңіз, келесісі үшін тағы шертіңіз</translation>
    </message>
    <message>
        <source>Click to show it in the details</source>
        <translation>Мәліметтер панелінде көрсету үшін шертіңіз</translation>
    </message>
</context>
<context>
    <name>pe::ObservationModel</name>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ауқымы</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Дерек берген тарап</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>толық жыл</translation>
    </message>
</context>
<context>
    <name>pe::PairingModel</name>
    <message>
        <source>Belarusian side</source>
        <translation>Беларусь тарапы</translation>
    </message>
    <message>
        <source>Kazakh side</source>
        <translation>Қазақстан тарапы</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Басталған жылы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Салалар</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>pe::PairingsPage</name>
    <message>
        <source>Double-click a region to filter every view to it</source>
        <translation>Барлық көріністерді өңір бойынша сүзу үшін оны екі рет шертіңіз</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Өңірлер бойынша серіктестіктер</translation>
    </message>
</context>
<context>
    <name>pe::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation>Аумақ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Кіретін аумақ</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Басқа атаулары</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
</context>
<context>
    <name>pe::PresentationMode</name>
    <message>
        <source>Go to step: %1</source>
        <translation>Қадамға өту: %1</translation>
    </message>
    <message>
        <source>→  ↓  Page Down  Space</source>
        <translation>→  ↓  Page Down  Бос орын</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>келесі қадам</translation>
    </message>
    <message>
        <source>←  ↑  Page Up  Backspace</source>
        <translation>←  ↑  Page Up  Backspace</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>алдыңғы қадам</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Home  End</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>бірінші, соңғы қадам</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  немесе  .</translation>
    </message>
    <message>
        <source>black screen (any key returns)</source>
        <translation>қара экран (кез келген перне қайтарады)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>white screen</source>
        <translation>ақ экран</translation>
    </message>
    <message>
        <source>G, or a number, then Enter</source>
        <translation>G немесе нөмір, содан кейін Enter</translation>
    </message>
    <message>
        <source>go to a step</source>
        <translation>қадамға өту</translation>
    </message>
    <message>
        <source>overview of the steps</source>
        <translation>қадамдарға шолу</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>these keys</source>
        <translation>осы пернелер</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>презентация режимінен шығу</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>Презентация режимінің пернелері</translation>
    </message>
    <message>
        <source>Steps — arrows to choose, Enter to go, any other key to close</source>
        <translation>Қадамдар — көрсеткілер: таңдау, Enter: өту, кез келген басқа перне: жабу</translation>
    </message>
    <message>
        <source>O, or Esc held</source>
        <translation>O немесе Esc пернесін басып тұру</translation>
    </message>
</context>
<context>
    <name>pe::PresenterView</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Жауап: %1</translation>
    </message>
    <message>
        <source>The answer, on this slide</source>
        <translation>Жауабы осы слайдта</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Турдың соңы</translation>
    </message>
    <message>
        <source>Presenter View</source>
        <translation>Баяндамашы көрінісі</translation>
    </message>
    <message>
        <source>On the screen</source>
        <translation>Экранда</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Келесі</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
</context>
<context>
    <name>pe::ProblemsDialog</name>
    <message>
        <source>Dataset not opened</source>
        <translation>Деректер жинағы ашылмады</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problem(s) found. The dataset in use is unchanged.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ашылмады: %n мәселе табылды. Қолданыстағы деректер жинағы өзгеріссіз қалды.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ашылмады: %n мәселе табылды. Қолданыстағы деректер жинағы өзгеріссіз қалды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Баған</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Мәселе</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Барлығын көшіру</translation>
    </message>
</context>
<context>
    <name>pe::RegionCountModel</name>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Қазақстан</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Серіктестіктер</translation>
    </message>
</context>
<context>
    <name>pe::RegionalTradeChart</name>
    <message>
        <source>No regional figures match the filters</source>
        <translation>Сүзгілерге сәйкес өңірлік деректер жоқ</translation>
    </message>
    <message>
        <source>Book figure</source>
        <translation>Кітаптағы дерек</translation>
    </message>
    <message>
        <source>Book figure, approximate (≈) or bound (&gt;)</source>
        <translation>Кітаптағы дерек, шамамен (≈) немесе төменгі шек (&gt;)</translation>
    </message>
    <message>
        <source>Supplementary figure (not from the book)</source>
        <translation>Қосымша дерек (кітаптан емес)</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн АҚШ долл.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Regional trade chart: no regional figures match the filters.</source>
        <translation>Өңірлік сауда диаграммасы: сүзгілерге сәйкес өңірлік деректер жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of %n regional trade figure(s) the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</source>
        <translation>
            <numerusform>Кітапта келтірілген %n өңірлік сауда дерегінің бағандық диаграммасы, млн АҚШ долл., ең үлкенінен бастап; әр баған — бір өңір, көрсеткіш және кезең бойынша бір дерек.</numerusform>
            <numerusform>Кітапта келтірілген %n өңірлік сауда дерегінің бағандық диаграммасы, млн АҚШ долл., ең үлкенінен бастап; әр баған — бір өңір, көрсеткіш және кезең бойынша бір дерек.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>pe::SourceModel</name>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Басылым</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation>қосымша</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
</context>
<context>
    <name>pe::StepCounter</name>
    <message>
        <source>%1 / %2 · %3</source>
        <comment>step of steps · title</comment>
        <translation>%1 / %2 · %3</translation>
    </message>
</context>
<context>
    <name>pe::StepOverview</name>
    <message>
        <source>%1. %2</source>
        <comment>step number. title</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>pe::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Уақыт шкаласы</translation>
    </message>
    <message>
        <source>Events by category over time. Left and Right move between events, plus and minus zoom, 0 shows everything, Enter opens a group of events.</source>
        <translation>Оқиғалар санаттар бойынша уақыт ретімен. Сол және оң жақ көрсеткі пернелері оқиғалар арасында жылжытады, плюс пен минус масштабты өзгертеді, 0 бәрін көрсетеді, Enter оқиғалар тобын ашады.</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>күні белгілі</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>айы белгілі</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>тек жылы белгілі</translation>
    </message>
    <message>
        <source>several events</source>
        <translation>бірнеше оқиға</translation>
    </message>
    <message>
        <source>No events match the current filters</source>
        <translation>Ағымдағы сүзгілерге сәйкес оқиға жоқ</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Көрсетілетін оқиға жоқ</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n оқиға</numerusform>
            <numerusform>%n оқиға</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>тағы %n</numerusform>
            <numerusform>тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Үлкейту үшін шертіңіз</translation>
    </message>
</context>
<context>
    <name>pe::TourController</name>
    <message>
        <source>Save Tour As</source>
        <translation>Турды басқа атпен сақтау</translation>
    </message>
    <message>
        <source>Tours (*.json);;All files (*)</source>
        <translation>Турлар (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>the tour being edited</source>
        <translation>өңделіп жатқан тур</translation>
    </message>
    <message>
        <source>Untitled tour</source>
        <translation>Атаусыз тур</translation>
    </message>
    <message>
        <source>Present a Tour File…</source>
        <translation>Тур файлын көрсету…</translation>
    </message>
    <message>
        <source>Present a Tour</source>
        <translation>Турды көрсету</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Кітап, %1-ескертпе</translation>
    </message>
    <message>
        <source>Book, notes %1</source>
        <translation>Кітап, %1-ескертпелер</translation>
    </message>
    <message>
        <source>not from the book: %1</source>
        <translation>кітаптан емес: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Дереккөздер: %1</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Турды ашу</translation>
    </message>
    <message>
        <source>tour</source>
        <translation>тур</translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation>Турды сақтау</translation>
    </message>
    <message>
        <source>year %1 marked</source>
        <translation>%1 жыл белгіленді</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Үлестірме материалды экспорттау</translation>
    </message>
    <message>
        <source>Open or prepare a tour first: a handout has a page for each of its steps.</source>
        <translation>Алдымен турды ашыңыз немесе дайындаңыз: үлестірме материалда турдың әр қадамына бір бет беріледі.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>үлестірме</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved Tour</source>
        <translation>Сақталмаған тур</translation>
    </message>
    <message>
        <source>The tour “%1” has changes that are not saved. Save them?</source>
        <translation>«%1» турында сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Атаусыз</translation>
    </message>
    <message>
        <source>Tour: %1 (changed)</source>
        <translation>Тур: %1 (өзгертілген)</translation>
    </message>
    <message>
        <source>Tour: %1</source>
        <translation>Тур: %1</translation>
    </message>
</context>
<context>
    <name>pe::TourEditor</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Title of the tour</source>
        <translation>Тур атауы</translation>
    </message>
    <message>
        <source>Add This View</source>
        <translation>Осы көріністі қосу</translation>
    </message>
    <message>
        <source>Add the view on screen, with its filters and selection, after the chosen step (Ctrl+Shift+A)</source>
        <translation>Экрандағы көріністі сүзгілері мен таңдауымен бірге таңдалған қадамнан кейін қосу (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Қадамды жоғары жылжыту</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Қадамды төмен жылжыту</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Қадамды жою</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Қадамдар</translation>
    </message>
    <message>
        <source>&amp;Caption, what the class reads:</source>
        <translation>&amp;Жазба, сынып оқитын мәтін:</translation>
    </message>
    <message>
        <source>A sentence or two, with the year and the figure.</source>
        <translation>Жылы мен сандық дерегі бар бір-екі сөйлем.</translation>
    </message>
    <message>
        <source>&amp;Notes, what you say:</source>
        <translation>&amp;Ескертпелер, сіз айтатын мәтін:</translation>
    </message>
    <message>
        <source>Context, a question to ask the class.</source>
        <translation>Контекст, сыныпқа қойылатын сұрақ.</translation>
    </message>
    <message>
        <source>&amp;Present from This Step</source>
        <translation>Осы қадамнан &amp;бастап көрсету</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
</context>
<context>
    <name>pe::TradeSeriesPicker</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Көрсету</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Экспорт пен импорт</translation>
    </message>
    <message>
        <source>Both sides&apos; figures</source>
        <translation>Екі тараптың деректері</translation>
    </message>
    <message>
        <source>Trade figures shown</source>
        <translation>Көрсетілген сауда деректері</translation>
    </message>
    <message>
        <source>Whose statistics</source>
        <translation>Кімнің статистикасы</translation>
    </message>
    <message>
        <source>Both sides, compared</source>
        <translation>Екі тарап, салыстыру</translation>
    </message>
    <message>
        <source>Where both sides give a year, a grey bar spans the difference between their figures: Belarusian and Kazakh statistics differ.</source>
        <translation>Екі тарап та бір жылға дерек берген жерде сұр жолақ олардың айырмасын көрсетеді: Беларусь пен Қазақстан статистикасы әртүрлі.</translation>
    </message>
    <message>
        <source>Book and supplementary figures</source>
        <translation>Кітап және қосымша деректер</translation>
    </message>
    <message>
        <source>Book figures only</source>
        <translation>Тек кітап деректері</translation>
    </message>
    <message>
        <source>Figures from public pages fill the book&apos;s gaps, drawn hollow and named in the source line.</source>
        <translation>Ашық беттердегі деректер кітаптағы олқылықтарды толтырады; олар іші бос белгілермен көрсетіліп, дереккөз жолында аталады.</translation>
    </message>
    <message>
        <source>Only the figures the book gives, in every view.</source>
        <translation>Барлық көріністе тек кітап келтіретін деректер.</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Деректердің шығу тегі</translation>
    </message>
</context>
<context>
    <name>pe::TurnoverChart</name>
    <message>
        <source>No trade figures match the filters</source>
        <translation>Сүзгілерге сәйкес сауда деректері жоқ</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн АҚШ долл.</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>толық жыл</translation>
    </message>
    <message>
        <source>Another book figure for this year; the line shows the one preferred by side, exactness and precision.</source>
        <translation>Кітапта осы жылға басқа дерек те бар; сызық тарапы, дәлдігі мен нақтылығы бойынша таңдалған деректі көрсетеді.</translation>
    </message>
    <message>
        <source>%1: first year above US$ 1 billion</source>
        <translation>%1: алғаш рет 1 млрд АҚШ долларынан асты</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>%1 жылғы рекорд</translation>
    </message>
    <message>
        <source>%1 (not from the book)</source>
        <translation>%1 (кітаптан емес)</translation>
    </message>
    <message>
        <source>Part of a year (period shown)</source>
        <translation>Жылдың бір бөлігі (кезеңі көрсетілген)</translation>
    </message>
    <message>
        <source>Approximate or lower bound</source>
        <translation>Шамамен немесе төменгі шек</translation>
    </message>
    <message>
        <source>Not from the book</source>
        <translation>Кітаптан емес</translation>
    </message>
    <message>
        <source>no full-year figure</source>
        <translation>толық жыл дерегі жоқ</translation>
    </message>
    <message>
        <source>%1: record, first year above US$ 1 billion</source>
        <translation>%1: рекорд, 1 млрд АҚШ долларынан асқан алғашқы жыл</translation>
    </message>
    <message>
        <source>Belarusian and Kazakh statistics differ; each line keeps one side&apos;s figures.</source>
        <translation>Беларусь мен Қазақстан статистикасы бір-бірінен өзгеше; әр сызық бір тараптың деректерін көрсетеді.</translation>
    </message>
    <message>
        <source>Hollow markers: figures from public pages outside the book.</source>
        <translation>Іші бос белгілер — кітаптан тыс ашық веб-беттерден алынған деректер.</translation>
    </message>
    <message>
        <source>Grey bars: how far the two sides&apos; figures for the same year differ.</source>
        <translation>Сұр жолақтар — бір жылға екі тарап деректерінің арасындағы айырма.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>pe::VentureModel</name>
    <message>
        <source>Venture</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Сала</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Басталған жылы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Belarusian partners</source>
        <translation>Беларусь серіктестері</translation>
    </message>
    <message>
        <source>Kazakh partners</source>
        <translation>Қазақстан серіктестері</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
</context>
<context>
    <name>pe::VentureOutputChart</name>
    <message>
        <source>No venture gives units produced for the filters</source>
        <translation>Сүзгілерге сәйкес кәсіпорындар бойынша өндірілген өнім саны туралы дерек жоқ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Дана</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation>
            <numerusform>%n дана: %1</numerusform>
            <numerusform>%n дана: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Book, %1</source>
        <translation>Кітап, %1</translation>
    </message>
    <message>
        <source>Venture</source>
        <translation>Кәсіпорын</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Дереккөз</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Жазба идентификаторы</translation>
    </message>
    <message>
        <source>Venture output chart: no venture gives units produced for the filters.</source>
        <translation>Кәсіпорындар өнімі диаграммасы: сүзгілерге сәйкес өндірілген өнім саны туралы дерек жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of units produced or delivered per year by %n venture(s), grouped by year.</source>
        <translation>
            <numerusform>%n кәсіпорынның жылына өндірген немесе жеткізген өнім санының (дана) бағандық диаграммасы, жылдар бойынша топталған.</numerusform>
            <numerusform>%n кәсіпорынның жылына өндірген немесе жеткізген өнім санының (дана) бағандық диаграммасы, жылдар бойынша топталған.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 жылы %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3 units</source>
        <translation>%1, %2: %3 дана</translation>
    </message>
</context>
</TS>
