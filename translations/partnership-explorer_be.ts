<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be">
<context>
    <name>BookCitation</name>
    <message>
        <source>the book</source>
        <translation>кніга</translation>
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
        <translation>[назва, як яе падае кніга]</translation>
    </message>
    <message>
        <source>Quoted in %1, note %2.</source>
        <translation>Цыт. па: %1, заўв. %2.</translation>
    </message>
    <message>
        <source>Supplementary source, not from the book.</source>
        <translation>Дадатковая крыніца, не з кнігі.</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>кніга</translation>
    </message>
    <message>
        <source>(n.d.). </source>
        <translation>(б. г.). </translation>
    </message>
    <message>
        <source>[Title as the book gives it]</source>
        <translation>[Назва, як яе падае кніга]</translation>
    </message>
    <message>
        <source>(Cited in %1, note %2)</source>
        <translation>(Цыт. па: %1, заўв. %2)</translation>
    </message>
    <message>
        <source>(Supplementary source, not from the book)</source>
        <translation>(Дадатковая крыніца, не з кнігі)</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in the book, note %1.</source>
        <translation>Назва, як яе падае кніга. Цыт. па кнізе, заўв. %1.</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in %1, %2 (%3), note %4.</source>
        <translation>Назва, як яе падае кніга. Цыт. па: %1, %2 (%3), заўв. %4.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Дата звароту: %1.</translation>
    </message>
    <message>
        <source>Retrieved %1, from</source>
        <translation>Дата звароту: %1, адрас:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The command.</source>
        <translation>Каманда.</translation>
    </message>
    <message>
        <source>The dataset to check.</source>
        <translation>Набор даных для праверкі.</translation>
    </message>
    <message>
        <source>Language of the messages: en, fr, ru, kk or be.</source>
        <translation>Мова паведамленняў: en, fr, ru, kk або be.</translation>
    </message>
    <message>
        <source>usage: partnership-explorer validate FILE</source>
        <translation>выкарыстанне: partnership-explorer validate FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tour (%n steps)</source>
        <translation>
            <numerusform>%1: карэктны тур (%n крок)</numerusform>
            <numerusform>%1: карэктны тур (%n крокі)</numerusform>
            <numerusform>%1: карэктны тур (%n крокаў)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 events, %3 observations, %4 ventures, %5 pairings, %6 places, %7 sources)</source>
        <translation>%1: карэктны (падзей: %2, назіранняў: %3, прадпрыемстваў: %4, партнёрстваў: %5, месцаў: %6, крыніц: %7)</translation>
    </message>
    <message>
        <source>Language: en, fr, ru, kk or be.</source>
        <translation>Мова: en, fr, ru, kk або be.</translation>
    </message>
    <message>
        <source>Theme: light, dark or print.</source>
        <translation>Тэма: light, dark або print.</translation>
    </message>
    <message>
        <source>Dataset file (default: the built-in dataset).</source>
        <translation>Файл набору даных (па змаўчанні — убудаваны набор).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Шырыня ў пікселях.</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>Вышыня ў пікселях.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>невядомая мова «%1»: чакаецца en, fr, ru, kk або be</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;: expected light, dark or print</source>
        <translation>невядомая тэма «%1»: чакаецца light, dark або print</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of pixels from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 павінна быць цэлым лікам пікселяў ад %2 да %3, а не «%4»</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 — гэта папка</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не існуе</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>няма правоў на запіс у папку %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>немагчыма запісаць %1: %2</translation>
    </message>
    <message>
        <source>the dataset view is exported as &quot;datapackage&quot;, not &quot;%1&quot;</source>
        <translation>прадстаўленне dataset экспартуецца як &quot;datapackage&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 does not apply: a data package holds the whole dataset</source>
        <translation>--%1 не ўжываецца: пакет даных змяшчае ўвесь набор даных</translation>
    </message>
    <message>
        <source>--tour and --view cannot be used together: a handout shows each step&apos;s view</source>
        <translation>--tour і --view нельга выкарыстоўваць разам: раздатачны матэрыял паказвае выгляд кожнага кроку</translation>
    </message>
    <message>
        <source>missing --out; usage: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</source>
        <translation>не зададзена --out; выкарыстанне: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</translation>
    </message>
    <message>
        <source>a handout is written as pdf, not as &quot;%1&quot;</source>
        <translation>раздатачны матэрыял запісваецца ў фармаце pdf, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Renders a view to a file without a display.
Views: %1.
The whole dataset as a Frictionless data package: --view dataset --format datapackage --out DIR.</source>
        <translation>Малюе прадстаўленне ў файл без дысплея.
Прадстаўленні: %1.
Увесь набор даных як пакет даных Frictionless: --view dataset --format datapackage --out DIR.</translation>
    </message>
    <message>
        <source>The view to export.</source>
        <translation>Выгляд для экспарту.</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv (datapackage for the dataset).</source>
        <translation>png, svg, pdf або csv (datapackage для набору даных).</translation>
    </message>
    <message>
        <source>The file to write (a folder for a data package).</source>
        <translation>Файл для запісу (папка для пакета даных).</translation>
    </message>
    <message>
        <source>Pixel density of a PNG: 1 to 3.</source>
        <translation>Шчыльнасць пікселяў PNG: ад 1 да 3.</translation>
    </message>
    <message>
        <source>A CSV for Excel: a byte order mark and, in a language with decimal commas (fr, ru, kk, be), semicolons between fields and commas in numbers.</source>
        <translation>CSV для Excel: метка парадку байтаў (BOM), а ў мове з дзесятковай коскай (fr, ru, kk, be) — кропкі з коскай паміж палямі і коскі ў ліках.</translation>
    </message>
    <message>
        <source>A tour to print as a handout, one page per step (--format pdf): the name of a built-in tour or a tour file.</source>
        <translation>Тур для друку як раздатачны матэрыял, адна старонка на крок (--format pdf): назва ўбудаванага тура або файл тура.</translation>
    </message>
    <message>
        <source>missing --%1; usage: partnership-explorer export --view VIEW --format FMT --out FILE</source>
        <translation>не зададзена --%1; выкарыстанне: partnership-explorer export --view VIEW --format FMT --out FILE</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;: expected %2</source>
        <translation>невядомы выгляд «%1»: чакаецца %2</translation>
    </message>
    <message>
        <source>the %1 view cannot be exported as &quot;%2&quot;: expected %3</source>
        <translation>выгляд %1 нельга экспартаваць як «%2»: чакаецца %3</translation>
    </message>
    <message>
        <source>--scale must be a number from 1 to 3, not &quot;%1&quot;</source>
        <translation>--scale павінен быць лікам ад 1 да 3, а не «%1»</translation>
    </message>
    <message>
        <source>--series applies to the turnover view only, not to %1</source>
        <translation>--series ужываецца толькі да выгляду turnover, а не да %1</translation>
    </message>
    <message>
        <source>--csv-excel applies to the csv format only, not to %1</source>
        <translation>--csv-excel ужываецца толькі да фармату csv, а не да %1</translation>
    </message>
    <message>
        <source>Renders each main view to DIR/VIEW.png without a display.</source>
        <translation>Адмалёўвае кожны асноўны выгляд у DIR/VIEW.png без дысплэя.</translation>
    </message>
    <message>
        <source>Where to write the PNGs.</source>
        <translation>Куды запісваць файлы PNG.</translation>
    </message>
    <message>
        <source>Presentation mode.</source>
        <translation>Рэжым прэзентацыі.</translation>
    </message>
    <message>
        <source>missing --out-dir; usage: partnership-explorer screenshot --out-dir DIR</source>
        <translation>не зададзена --out-dir; выкарыстанне: partnership-explorer screenshot --out-dir DIR</translation>
    </message>
    <message>
        <source>cannot write to the folder %1</source>
        <translation>немагчыма запісаць у папку %1</translation>
    </message>
    <message>
        <source>Prints the citation of a record, or the bibliography of what a view shows.
Styles: %1.</source>
        <translation>Друкуе спасылку на запіс або бібліяграфію таго, што паказвае выгляд.
Стылі: %1.</translation>
    </message>
    <message>
        <source>The record to cite.</source>
        <translation>Запіс, які трэба цытаваць.</translation>
    </message>
    <message>
        <source>chicago, apa, gost, bibtex, ris or csl-json.</source>
        <translation>chicago, apa, gost, bibtex, ris або csl-json.</translation>
    </message>
    <message>
        <source>Cite every source of what this view shows.</source>
        <translation>Цытаваць кожную крыніцу таго, што паказвае гэты выгляд.</translation>
    </message>
    <message>
        <source>unknown style &quot;%1&quot;: expected %2</source>
        <translation>невядомы стыль &quot;%1&quot;: чакаецца %2</translation>
    </message>
    <message>
        <source>usage: partnership-explorer cite RECORD-ID [--style STYLE] or partnership-explorer cite --view VIEW [filters] [--style STYLE]</source>
        <translation>выкарыстанне: partnership-explorer cite RECORD-ID [--style STYLE] або partnership-explorer cite --view VIEW [фільтры] [--style STYLE]</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>у наборы даных няма запісу &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: expected one of %2, a file to open, or nothing to open the window (partnership-explorer --help lists them)</source>
        <translation>невядомая каманда «%1»: чакалася адна з %2, файл, які трэба адкрыць, або нічога, каб адкрыць акно (спіс — partnership-explorer --help)</translation>
    </message>
    <message>
        <source>cannot write the citation to the standard output: %1</source>
        <translation>не ўдалося вывесці спасылку ў стандартны вывад: %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Supplementary (not from the book): %1 %2</source>
        <translation>Дадатковая крыніца (не з кнігі): %1 %2</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>крыніцы</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>%1, note %2: %3</source>
        <translation>%1, зноска %2: %3</translation>
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
        <translation>Дадатковая крыніца (не з кнігі): %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>поле ў двукоссі не закрыта</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>тэкст пасля закрывальнага двукосся поля</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>двукоссе ўнутры поля, якое не пачынаецца з двукосся</translation>
    </message>
</context>
<context>
    <name>DataPackageReader</name>
    <message>
        <source>expected a &quot;resources&quot; array</source>
        <translation>чакаўся масіў &quot;resources&quot;</translation>
    </message>
    <message>
        <source>expected a resource with a &quot;name&quot; and a &quot;path&quot;</source>
        <translation>чакаўся рэсурс з &quot;name&quot; і &quot;path&quot;</translation>
    </message>
    <message>
        <source>expected a file name beside datapackage.json, found %1</source>
        <translation>чакалася імя файла побач з datapackage.json, знойдзена %1</translation>
    </message>
    <message>
        <source>the package has no resource %1</source>
        <translation>у пакеце няма рэсурсу %1</translation>
    </message>
    <message>
        <source>is empty: expected a header row</source>
        <translation>пусты: чакаўся радок загалоўкаў</translation>
    </message>
    <message>
        <source>unknown column %1; expected %2</source>
        <translation>невядомы слупок %1; чакаліся: %2</translation>
    </message>
    <message>
        <source>no column %1</source>
        <translation>няма слупка %1</translation>
    </message>
    <message>
        <source>expected %1 fields, as in the header, found %2</source>
        <translation>чакалася %1 палёў, як у загалоўку, знойдзена %2</translation>
    </message>
    <message>
        <source>column %1: expected a whole number, found %2</source>
        <translation>слупок %1: чакаўся цэлы лік, знойдзена %2</translation>
    </message>
    <message>
        <source>column %1: expected a number written with a point (1092.5), found %2</source>
        <translation>слупок %1: чакаўся лік з кропкай (1092.5), знойдзена %2</translation>
    </message>
    <message>
        <source>column %1: no record %2 in %3</source>
        <translation>слупок %1: няма запісу %2 у %3</translation>
    </message>
    <message>
        <source>column %1: %2 is given twice for %3</source>
        <translation>слупок %1: %2 пазначана двойчы для %3</translation>
    </message>
    <message>
        <source>expected a data package descriptor (an object)</source>
        <translation>чакаўся дэскрыптар пакета даных (аб’ект)</translation>
    </message>
    <message>
        <source>not a Partnership Explorer data package: expected a &quot;partnershipExplorer&quot; object with the schema version, title and metadata</source>
        <translation>не пакет даных Partnership Explorer: чакаўся аб’ект &quot;partnershipExplorer&quot; з версіяй схемы, назвай і метаданымі</translation>
    </message>
</context>
<context>
    <name>DataPackageWriter</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 — файл, а не папка</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>немагчыма стварыць папку %1</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>an object</source>
        <translation>аб’ект</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>масіў</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>радок</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>лагічнае значэнне</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>цэлы лік</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>лік</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>непадтрымліванае значэнне</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>чакаўся аб’ект, знойдзена: %1</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>невядомае поле %1</translation>
    </message>
    <message>
        <source>missing required field %1 (expected %2)</source>
        <translation>адсутнічае абавязковае поле %1 (чакаецца: %2)</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>чакаўся радок, знойдзена: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не можа быць пустым</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>чакаўся цэлы лік, знойдзена: %1</translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2 to %3</source>
        <translation>%1 па-за дапушчальным дыяпазонам: чакаецца ад %2 да %3</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>чакаўся лік, знойдзена: %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>чакаўся канечны лік</translation>
    </message>
    <message>
        <source>%1 is out of range: expected a value of at least %2</source>
        <translation>%1 па-за дапушчальным дыяпазонам: чакаецца значэнне не менш за %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>адно са значэнняў: %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 не ўваходзіць у дапушчальныя значэнні: %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>чакаўся масіў, знойдзена: %1</translation>
    </message>
    <message>
        <source>expected a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), found %1</source>
        <translation>чакаўся тэкст на трох мовах ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), знойдзена: %1</translation>
    </message>
    <message>
        <source>a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</source>
        <translation>тэкст на трох мовах ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</translation>
    </message>
    <message>
        <source>an array of texts</source>
        <translation>масіў тэкстаў</translation>
    </message>
    <message>
        <source>an array of ids</source>
        <translation>масіў ідэнтыфікатараў</translation>
    </message>
    <message>
        <source>expected an id (a string), found %1</source>
        <translation>чакаўся ідэнтыфікатар (радок), знойдзена: %1</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>патрэбна хаця б адна крыніца</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation>паўторны ідэнтыфікатар %1 (ужо выкарыстаны ў %2)</translation>
    </message>
    <message>
        <source>%1, %2 lies outside %3</source>
        <translation>пункт %1, %2 знаходзіцца па-за межамі %3</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусі</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстана</translation>
    </message>
    <message>
        <source>the period ends (month %1) before it starts (month %2)</source>
        <translation>перыяд заканчваецца (месяц %1) раней, чым пачынаецца (месяц %2)</translation>
    </message>
    <message>
        <source>a regional figure needs at least one place</source>
        <translation>для рэгіянальнай лічбы патрэбна хаця б адно месца</translation>
    </message>
    <message>
        <source>%1 is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 не з’яўляецца датай: чакаецца YYYY, YYYY-MM або YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>даты %1 не існуе</translation>
    </message>
    <message>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <source>place</source>
        <translation>месца</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>назіранне</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>прадпрыемства</translation>
    </message>
    <message>
        <source>pairing</source>
        <translation>партнёрства</translation>
    </message>
    <message>
        <source>unknown %1 id %2</source>
        <translation>невядомы ідэнтыфікатар %2 (тып: %1)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>немагчыма прачытаць: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>файл пусты; чакаўся аб’ект JSON</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is refused</source>
        <translation>глыбіня ўкладзенасці больш за %1 не дапускаецца</translation>
    </message>
    <message>
        <source>broken JSON: %1</source>
        <translation>памылка ў JSON: %1</translation>
    </message>
    <message>
        <source>cannot be parsed: %1</source>
        <translation>немагчыма разабраць: %1</translation>
    </message>
    <message>
        <source>more problems were found; only the first %1 are listed</source>
        <translation>знойдзена больш праблем; паказаны толькі першыя %1</translation>
    </message>
    <message>
        <source>schema version %1 is not supported (expected %2 to %3)</source>
        <translation>версія схемы %1 не падтрымліваецца (чакаецца ад %2 да %3)</translation>
    </message>
    <message>
        <source>%1 ends before it begins (%2)</source>
        <translation>перыяд заканчваецца (%1) раней, чым пачынаецца (%2)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>масіў радкоў</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 раней, чым %2</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>крыніцы</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>месца</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>назірання</translation>
    </message>
    <message>
        <source>a venture</source>
        <translation>прадпрыемства</translation>
    </message>
    <message>
        <source>a pairing</source>
        <translation>партнёрства</translation>
    </message>
    <message>
        <source>event</source>
        <translation>падзея</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>падзеі</translation>
    </message>
    <message>
        <source>%1 is not the id of %2</source>
        <translation>%1 не з’яўляецца ідэнтыфікатарам %2</translation>
    </message>
    <message>
        <source>expected the day the page was read (YYYY-MM-DD), found %1</source>
        <translation>чакалася дата звароту да старонкі (ГГГГ-ММ-ДД), знойдзена %1</translation>
    </message>
    <message>
        <source>only a growth figure says what grew</source>
        <translation>толькі паказчык росту паказвае, што вырасла</translation>
    </message>
    <message>
        <source>expected &quot;turnover&quot;, &quot;exports&quot; or &quot;imports&quot;</source>
        <translation>чакалася «turnover», «exports» або «imports»</translation>
    </message>
    <message>
        <source>the file ends before the JSON does: a closing bracket, brace or quote is missing</source>
        <translation>файл заканчваецца раней, чым JSON: не хапае дужкі або двукоссе, якое закрывае</translation>
    </message>
    <message>
        <source>this is not UTF-8 text: save the file as UTF-8</source>
        <translation>гэта не тэкст у UTF-8: захавайце файл у кадоўцы UTF-8</translation>
    </message>
    <message>
        <source>a line break or a control character inside quotes: write a line break as \n</source>
        <translation>перанос радка або кіроўны сімвал унутры двукосся: перанос радка запісваецца як 
</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>тэкст у двукоссі не закрыты</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know: write \\ for a backslash</source>
        <translation>адваротная касая рыса пачынае невядомую JSON паслядоўнасць: саму рысу пішыце як \</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>лік запісаны няправільна</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>пасля канца дакумента ёсць нешта яшчэ</translation>
    </message>
    <message>
        <source>a comma before a closing brace or bracket: JSON allows no comma after the last item</source>
        <translation>коска перад дужкай, якая закрывае: JSON не дапускае коскі пасля апошняга элемента</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>чакалася імя поля ў двукоссі</translation>
    </message>
    <message>
        <source>expected a colon (:) after the field name</source>
        <translation>пасля імя поля чакалася двукроп&apos;е (:)</translation>
    </message>
    <message>
        <source>expected a comma or a closing brace after the value: is a comma missing?</source>
        <translation>пасля значэння чакалася коска або фігурная дужка, якая закрывае: ці не прапушчана коска?</translation>
    </message>
    <message>
        <source>expected a comma or a closing bracket after the value: is a comma missing?</source>
        <translation>пасля значэння чакалася коска або квадратная дужка, якая закрывае: ці не прапушчана коска?</translation>
    </message>
    <message>
        <source>a word JSON does not know: texts take double quotes, and true, false and null are written in lower case</source>
        <translation>слова, якога JSON не ведае: тэкст бярэцца ў двукоссе, а true, false і null пішуцца малымі літарамі</translation>
    </message>
    <message>
        <source>the JSON cannot be read here</source>
        <translation>у гэтым месцы JSON не чытаецца</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file</source>
        <translation>у файле ёсць нулявыя байты: гэта не тэкставы файл</translation>
    </message>
    <message>
        <source>the key %1 is given twice in this object; the later value would replace the earlier one</source>
        <translation>ключ %1 пададзены ў гэтым аб’екце двойчы; другое значэнне замяніла б першае</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2 are allowed</source>
        <translation>занадта доўга: %1 знакаў, дапускаецца не больш за %2</translation>
    </message>
    <message>
        <source>too many: %1 items, at most %2 are allowed</source>
        <translation>занадта шмат элементаў: %1, дапускаецца не больш за %2</translation>
    </message>
    <message>
        <source>%1 is not a web address: expected http:// or https:// (or an address printed without one, such as www.example.org/page)</source>
        <translation>%1 — не вэб-адрас: чакаецца http:// або https:// (або адрас, надрукаваны без іх, напрыклад www.example.org/page)</translation>
    </message>
    <message>
        <source>the parents of %1 lead back to it: %2</source>
        <translation>бацькоўскія месцы %1 вядуць назад да яго: %2</translation>
    </message>
    <message>
        <source>more than %1 places above %2</source>
        <translation>над %2 больш за %1 месцаў</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <source>Belarus and Kazakhstan: thirty years of partnership</source>
        <translation>Беларусь і Казахстан: трыццаць гадоў партнёрства</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>Графік тавараабароту</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan trade turnover</source>
        <translation>Тавараабарот паміж Беларуссю і Казахстанам</translation>
    </message>
    <message>
        <source>US$ million, as reported by each side; part-year and approximate values marked; gaps are years with no figure</source>
        <translation>млн долл. ЗША, паводле дадзеных кожнага боку; значэнні за частку года і прыблізныя значэнні пазначаны; прагалы — гады без лічбаў</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Дыяграма рэгіянальнага гандлю</translation>
    </message>
    <message>
        <source>Trade of Belarusian and Kazakh regions with the partner country</source>
        <translation>Гандаль рэгіёнаў Беларусі і Казахстана з краінай-партнёрам</translation>
    </message>
    <message>
        <source>US$ million, figures the book gives per oblast or region</source>
        <translation>млн долл. ЗША, лічбы, якія кніга прыводзіць па абласцях і рэгіёнах</translation>
    </message>
    <message>
        <source>Venture output chart</source>
        <translation>Дыяграма выпуску прадпрыемстваў</translation>
    </message>
    <message>
        <source>Output of Belarusian–Kazakh assembly plants</source>
        <translation>Выпуск беларуска-казахстанскіх зборачных вытворчасцей</translation>
    </message>
    <message>
        <source>Units produced or delivered per year, as the book reports them</source>
        <translation>Адзінкі, выпушчаныя або пастаўленыя за год, паводле кнігі</translation>
    </message>
    <message>
        <source>Region pairings table</source>
        <translation>Табліца партнёрстваў рэгіёнаў</translation>
    </message>
    <message>
        <source>Partnerships between Belarusian and Kazakh regions, cities and institutions</source>
        <translation>Партнёрствы паміж рэгіёнамі, гарадамі і ўстановамі Беларусі і Казахстана</translation>
    </message>
    <message>
        <source>Joint ventures table</source>
        <translation>Табліца сумесных прадпрыемстваў</translation>
    </message>
    <message>
        <source>Belarusian–Kazakh joint ventures and assembly plants</source>
        <translation>Беларуска-казахстанскія сумесныя прадпрыемствы і зборачныя вытворчасці</translation>
    </message>
    <message>
        <source>Sources table</source>
        <translation>Табліца крыніц</translation>
    </message>
    <message>
        <source>Sources: the book&apos;s footnotes and supplementary pages</source>
        <translation>Крыніцы: зноскі кнігі і дадатковыя вэб-старонкі</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>паводле запыту «%1»</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Фільтры: %1</translation>
    </message>
    <message>
        <source>from the book only</source>
        <translation>толькі з кнігі</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan partnerships and joint ventures on the map</source>
        <translation>Партнёрствы і сумесныя прадпрыемствы Беларусі і Казахстана</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>size %1×%2 is out of range: each side must be %3 to %4 pixels</source>
        <translation>памер %1×%2 па-за дапушчальным дыяпазонам: кожны бок павінен быць ад %3 да %4 пікселяў</translation>
    </message>
    <message>
        <source>scale %1 is out of range: expected 1 to 3</source>
        <translation>маштаб %1 па-за дапушчальным дыяпазонам: чакаецца ад 1 да 3</translation>
    </message>
    <message>
        <source>cannot encode the PNG image: %1</source>
        <translation>немагчыма закадаваць выяву PNG: %1</translation>
    </message>
    <message>
        <source>cannot draw the SVG image</source>
        <translation>немагчыма намаляваць выяву SVG</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>немагчыма пачаць стварэнне PDF</translation>
    </message>
    <message>
        <source>%1 is not a picture format</source>
        <translation>%1 не з’яўляецца фарматам выявы</translation>
    </message>
    <message>
        <source>cannot draw the PDF</source>
        <translation>не ўдалося пабудаваць PDF</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>First year shown, %1 to %2 (default: no limit).</source>
        <translation>Першы паказаны год, ад %1 да %2 (па змаўчанні — без абмежаванняў).</translation>
    </message>
    <message>
        <source>Last year shown, %1 to %2 (default: no limit).</source>
        <translation>Апошні паказаны год, ад %1 да %2 (па змаўчанні — без абмежаванняў).</translation>
    </message>
    <message>
        <source>A place id of the dataset (a country, region or city): its records and those of the places within it.</source>
        <translation>Ідэнтыфікатар месца з набору даных (краіны, рэгіёна або горада): яго запісы і запісы месцаў у яго межах.</translation>
    </message>
    <message>
        <source>Event categories, comma-separated: %1.</source>
        <translation>Катэгорыі падзей праз коску: %1.</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them: %1.</source>
        <translation>Галіна прадпрыемстваў, лічбаў і звязаных з імі падзей: %1.</translation>
    </message>
    <message>
        <source>Only records matching this text, as the search box.</source>
        <translation>Толькі запісы, якія адпавядаюць гэтаму тэксту, як у полі пошуку.</translation>
    </message>
    <message>
        <source>book: the book&apos;s records only; all (default): supplementary figures too.</source>
        <translation>book: толькі запісы з кнігі; all (па змаўчанні): таксама дадатковыя лічбы.</translation>
    </message>
    <message>
        <source>The turnover view&apos;s lines, comma-separated: %1, each for both sides or with -by or -kz (default: turnover).</source>
        <translation>Лініі выгляду turnover праз коску: %1; кожная — для абодвух бакоў або з суфіксам -by ці -kz (па змаўчанні — turnover).</translation>
    </message>
    <message>
        <source>--%1 must be a year from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 павінен быць годам ад %2 да %3, а не «%4»</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the first year must not be after the last</source>
        <translation>--from %1 пазней за --to %2: першы год не можа быць пазней за апошні</translation>
    </message>
    <message>
        <source>--category must be one or more of %1 (comma-separated), not &quot;%2&quot;</source>
        <translation>--category павінен быць адным або некалькімі з %1 (праз коску), а не «%2»</translation>
    </message>
    <message>
        <source>--sector must be one of %1, not &quot;%2&quot;</source>
        <translation>--sector павінен быць адным з %1, а не «%2»</translation>
    </message>
    <message>
        <source>--sources must be book or all, not &quot;%1&quot;</source>
        <translation>--sources павінен быць book або all, а не «%1»</translation>
    </message>
    <message>
        <source>--series: %1</source>
        <translation>--series: %1</translation>
    </message>
    <message>
        <source>--place &quot;%1&quot; is not a place of the dataset: expected %2 or a city&apos;s id</source>
        <translation>--place «%1» — такога месца няма ў наборы даных: чакаецца %2 або ідэнтыфікатар горада</translation>
    </message>
</context>
<context>
    <name>MapExportSource</name>
    <message>
        <source>Layer</source>
        <translation>Пласт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Месцы</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Колькасць</translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation>Ідэнтыфікатары запісаў</translation>
    </message>
    <message>
        <source>Partnerships with a side that names no place</source>
        <translation>Партнёрствы, у якіх адзін з бакоў не называе месца</translation>
    </message>
    <message>
        <source>Joint ventures that name no town or region</source>
        <translation>Сумесныя прадпрыемствы без указання горада або вобласці</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n партнёрства</numerusform>
            <numerusform>%n партнёрствы</numerusform>
            <numerusform>%n партнёрстваў</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s)</source>
        <translation>
            <numerusform>%n сумеснае прадпрыемства</numerusform>
            <numerusform>%n сумесныя прадпрыемствы</numerusform>
            <numerusform>%n сумесных прадпрыемстваў</numerusform>
        </translation>
    </message>
    <message>
        <source>; regions shaded by their partnerships</source>
        <translation>; рэгіёны афарбаваны паводле колькасці партнёрстваў</translation>
    </message>
    <message>
        <source>Arcs join the places the two sides of a partnership name; arcs to a region meet at its centre. Belarus is drawn at a larger scale than Kazakhstan.</source>
        <translation>Дугі злучаюць месцы, якія называюць абодва бакі партнёрства; дугі да вобласці сыходзяцца ў яе цэнтры. Беларусь паказана ў буйнейшым маштабе, чым Казахстан.</translation>
    </message>
    <message>
        <source>Regions as before 2018 (Natural Earth): %1.</source>
        <translation>Межы абласцей — да 2018 года (Natural Earth): %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Places carry the names the dataset gives them today: it gives former names without dates.</source>
        <translation>Месцы падпісаны сённяшнімі назвамі з набору даных: ранейшыя назвы ў ім пададзены без дат.</translation>
    </message>
    <message>
        <source>Map of Belarus and Kazakhstan by region: no partnership or joint venture matches the filters.</source>
        <translation>Карта Беларусі і Казахстана па рэгіёнах: ніводнае партнёрства і ніводнае сумеснае прадпрыемства не адпавядае фільтрам.</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s)</source>
        <translation>
            <numerusform>Карта Беларусі і Казахстана па рэгіёнах: %n партнёрства</numerusform>
            <numerusform>Карта Беларусі і Казахстана па рэгіёнах: %n партнёрствы</numerusform>
            <numerusform>Карта Беларусі і Казахстана па рэгіёнах: %n партнёрстваў</numerusform>
        </translation>
    </message>
    <message>
        <source>, most in %1 (%2)</source>
        <translation>, найбольш — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n drawn as arcs between the partners&apos; places</source>
        <translation>
            <numerusform>; %n паказана дугой паміж месцамі партнёраў</numerusform>
            <numerusform>; %n паказаны дугамі паміж месцамі партнёраў</numerusform>
            <numerusform>; %n паказаны дугамі паміж месцамі партнёраў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n joint venture(s)</source>
        <translation>
            <numerusform>; %n сумеснае прадпрыемства</numerusform>
            <numerusform>; %n сумесныя прадпрыемствы</numerusform>
            <numerusform>; %n сумесных прадпрыемстваў</numerusform>
        </translation>
    </message>
    <message>
        <source>, most at %1 (%2)</source>
        <translation>, найбольш — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s) and their arcs, </source>
        <translation>
            <numerusform>Карта Беларусі і Казахстана па рэгіёнах: %n партнёрства і яго дуга, </numerusform>
            <numerusform>Карта Беларусі і Казахстана па рэгіёнах: %n партнёрствы і іх дугі, </numerusform>
            <numerusform>Карта Беларусі і Казахстана па рэгіёнах: %n партнёрстваў і іх дугі, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) as pins.</source>
        <translation>
            <numerusform>%n сумеснае прадпрыемства ў выглядзе меткі.</numerusform>
            <numerusform>%n сумесныя прадпрыемствы ў выглядзе метак.</numerusform>
            <numerusform>%n сумесных прадпрыемстваў у выглядзе метак.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Partnerships per region: %1.</source>
        <translation>Партнёрствы па рэгіёнах: %1.</translation>
    </message>
    <message>
        <source>Arcs: %1.</source>
        <translation>Дугі: %1.</translation>
    </message>
    <message>
        <source>Joint ventures per place: %1.</source>
        <translation>Сумесныя прадпрыемствы па месцах: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) with a side that names no place are counted in their regions but not drawn as arcs.</source>
        <translation>
            <numerusform>%n партнёрства, у якім адзін з бакоў не называе месца, улічана ў сваёй вобласці, але не паказана дугой.</numerusform>
            <numerusform>%n партнёрствы, у якіх адзін з бакоў не называе месца, улічаны ў сваіх абласцях, але не паказаны дугамі.</numerusform>
            <numerusform>%n партнёрстваў, у якіх адзін з бакоў не называе месца, улічаны ў сваіх абласцях, але не паказаны дугамі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) that name(s) no town or region have no pin.</source>
        <translation>
            <numerusform>%n сумеснае прадпрыемства без указання горада або вобласці не пазначана меткай.</numerusform>
            <numerusform>%n сумесныя прадпрыемствы без указання горада або вобласці не пазначаны меткамі.</numerusform>
            <numerusform>%n сумесных прадпрыемстваў без указання горада або вобласці не пазначаны меткамі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <source>Russia</source>
        <translation>Расія</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Кітай</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Манголія</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украіна</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польшча</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Літва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвія</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекістан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменістан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Кыргызстан</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <translation>Каспійскае мора</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Чорнае мора</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>%1 (enlarged ×%2)</source>
        <translation>%1 (павялічана ×%2)</translation>
    </message>
    <message>
        <source>Boundaries: %1</source>
        <translation>Межы: %1</translation>
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
        <translation>сталіца</translation>
    </message>
    <message>
        <source>town or district</source>
        <translation>горад або раён</translation>
    </message>
    <message>
        <source>region&apos;s centre</source>
        <translation>цэнтр вобласці</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Партнёрствы па рэгіёнах</translation>
    </message>
    <message>
        <source>Partnerships between places</source>
        <translation>Партнёрствы паміж месцамі</translation>
    </message>
    <message>
        <source>Joint ventures and plants</source>
        <translation>Сумесныя прадпрыемствы і заводы</translation>
    </message>
    <message>
        <source>in a town (number: how many)</source>
        <translation>у горадзе (лік — колькі)</translation>
    </message>
    <message>
        <source>only the region is known</source>
        <translation>вядома толькі вобласць</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Месцы</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s): a side names no place</source>
        <translation>
            <numerusform>%n партнёрства: адзін бок не называе месца</numerusform>
            <numerusform>%n партнёрствы: адзін бок не называе месца</numerusform>
            <numerusform>%n партнёрстваў: адзін бок не называе месца</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s): no town or region given</source>
        <translation>
            <numerusform>%n сумеснае прадпрыемства: не пазначаны ні горад, ні вобласць</numerusform>
            <numerusform>%n сумесныя прадпрыемствы: не пазначаны ні горад, ні вобласць</numerusform>
            <numerusform>%n сумесных прадпрыемстваў: не пазначаны ні горад, ні вобласць</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Не паказаны на карце</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>No partnerships or ventures match the current filters</source>
        <translation>Ніводнае партнёрства або прадпрыемства не адпавядае фільтрам</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (уключаючы: %2)</translation>
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
            <numerusform>%1: %n партнёрства</numerusform>
            <numerusform>%1: %n партнёрствы</numerusform>
            <numerusform>%1: %n партнёрстваў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partnership(s) between them</source>
        <translation>
            <numerusform>%1: %n партнёрства паміж імі</numerusform>
            <numerusform>%1: %n партнёрствы паміж імі</numerusform>
            <numerusform>%1: %n партнёрстваў паміж імі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, town not given: %n joint venture(s)</source>
        <translation>
            <numerusform>%1, горад не пазначаны: %n сумеснае прадпрыемства</numerusform>
            <numerusform>%1, горад не пазначаны: %n сумесныя прадпрыемствы</numerusform>
            <numerusform>%1, горад не пазначаны: %n сумесных прадпрыемстваў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n joint venture(s)</source>
        <translation>
            <numerusform>%1: %n сумеснае прадпрыемства</numerusform>
            <numerusform>%1: %n сумесныя прадпрыемствы</numerusform>
            <numerusform>%1: %n сумесных прадпрыемстваў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>none</source>
        <translation>няма</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>названы канал (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>прылада</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не звычайны файл</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>на дыску не засталося месца</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>перавышана дыскавая квота</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>не пазначана імя файла</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which does not exist</source>
        <translation>не ўдалося запісаць %1: гэта спасылка на %2, якога не існуе</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which is %3, not a regular file</source>
        <translation>не ўдалося запісаць %1: гэта спасылка на %2, а гэта %3, не звычайны файл</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, a file that belongs to another user</source>
        <translation>не ўдалося запісаць %1: гэта спасылка на %2, файл іншага карыстальніка</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a regular file</source>
        <translation>не ўдалося запісаць %1: гэта %2, а не звычайны файл</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не ўдалося запісаць %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: cannot keep a copy of the file it replaces</source>
        <translation>не ўдалося запісаць %1: не ўдалося захаваць копію файла, які ён замяняе</translation>
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
        <translation>Дадатковая лічба, не з кнігі</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Кніга, зноска %1</translation>
    </message>
    <message>
        <source>Supplementary, not from the book</source>
        <translation>Дадатковая крыніца, не з кнігі</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Падзея</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Звязанае</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>поўны год</translation>
    </message>
    <message>
        <source>Figure (supplementary)</source>
        <translation>Лічба (дадатковая)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Лічба</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ахоп</translation>
    </message>
    <message>
        <source>The sources give another value</source>
        <translation>Крыніцы падаюць іншае значэнне</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>Joint venture or project</source>
        <translation>Сумеснае прадпрыемства або праект</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Прадукцыя</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 адз.</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1 млн долл. ЗША</translation>
    </message>
    <message>
        <source>investment US$ %1 M</source>
        <translation>інвестыцыі %1 млн долл. ЗША</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>працоўных месцаў: %1</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 м²</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Сферы супрацоўніцтва</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Іншыя назвы</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Звязана з гэтым месцам</translation>
    </message>
    <message>
        <source>Source: book note %1</source>
        <translation>Крыніца: зноска %1 у кнізе</translation>
    </message>
    <message>
        <source>Source: supplementary page</source>
        <translation>Крыніца: дадатковая вэб-старонка</translation>
    </message>
    <message>
        <source>Records citing it</source>
        <translation>Запісы, якія на яе спасылаюцца</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n падзея</numerusform>
            <numerusform>%n падзеі</numerusform>
            <numerusform>%n падзей</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Лічбы</translation>
    </message>
    <message>
        <source>Ventures started</source>
        <translation>Заснаваныя прадпрыемствы</translation>
    </message>
    <message>
        <source>Partnerships signed</source>
        <translation>Падпісаныя партнёрствы</translation>
    </message>
    <message>
        <source>The dataset has nothing dated in this year.</source>
        <translation>У наборы даных няма нічога, датаванага гэтым годам.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Крыніца: %1</translation>
    </message>
    <message>
        <source>%1, note %2</source>
        <translation>%1, зноска %2</translation>
    </message>
    <message>
        <source>Told differently elsewhere</source>
        <translation>У іншым месцы выкладзена інакш</translation>
    </message>
    <message>
        <source>Based in %1</source>
        <translation>Размешчаны: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>гэта папка, а не файл</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file: only regular files are read</source>
        <translation>гэта іменаваны канал (FIFO), а не файл: чытаюцца толькі звычайныя файлы</translation>
    </message>
    <message>
        <source>is a device, not a file: only regular files are read</source>
        <translation>гэта прылада, а не файл: чытаюцца толькі звычайныя файлы</translation>
    </message>
    <message>
        <source>is a socket, not a file: only regular files are read</source>
        <translation>гэта сокет, а не файл: чытаюцца толькі звычайныя файлы</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>гэта не звычайны файл</translation>
    </message>
    <message>
        <source>the file holds %1; files larger than %2 are refused</source>
        <translation>памер файла — %1; файлы больш за %2 не прымаюцца</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МіБ</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не існуе</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>немагчыма прачытаць: %1</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>supplementary figures, not from the book: %1</source>
        <translation>дадатковыя лічбы, не з кнігі: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Крыніца: %1</translation>
    </message>
    <message>
        <source>Made with Partnership Explorer.</source>
        <translation>Зроблена ў Partnership Explorer.</translation>
    </message>
    <message>
        <source>Source: %1, note %2</source>
        <translation>Крыніца: %1, зноска %2</translation>
    </message>
    <message>
        <source>Source: %1, notes %2</source>
        <translation>Крыніца: %1, зноскі %2</translation>
    </message>
</context>
<context>
    <name>TableExportSource</name>
    <message numerus="yes">
        <source>A table of %n record(s).</source>
        <translation>
            <numerusform>Табліца: %n запіс.</numerusform>
            <numerusform>Табліца: %n запісы.</numerusform>
            <numerusform>Табліца: %n запісаў.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запіс</numerusform>
            <numerusform>%n запісы</numerusform>
            <numerusform>%n запісаў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExportSource</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n падзея</numerusform>
            <numerusform>%n падзеі</numerusform>
            <numerusform>%n падзей</numerusform>
        </translation>
    </message>
    <message>
        <source>, by category</source>
        <translation>, па катэгорыях</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Няма падзей, якія адпавядаюць фільтрам.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</source>
        <translation>
            <numerusform>Храналогія партнёрства Беларусі і Казахстана: %n падзея, ад %1 (%2) да %3 (%4), у радках па катэгорыях (%5).</numerusform>
            <numerusform>Храналогія партнёрства Беларусі і Казахстана: %n падзеі, ад %1 (%2) да %3 (%4), у радках па катэгорыях (%5).</numerusform>
            <numerusform>Храналогія партнёрства Беларусі і Казахстана: %n падзей, ад %1 (%2) да %3 (%4), у радках па катэгорыях (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourHandout</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Пытанне: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заўвагі</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <source>the tour has no step</source>
        <translation>у туры няма ніводнага кроку</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>немагчыма пачаць стварэнне PDF</translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>expected a JSON object</source>
        <translation>чакаўся аб’ект JSON</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>чакаецца &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is not supported; expected %2</source>
        <translation>версія %1 не падтрымліваецца; чакаецца %2</translation>
    </message>
    <message>
        <source>expected an array of at least one step</source>
        <translation>чакаўся масіў хаця б з аднаго кроку</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>невядомае поле &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>адсутнічае поле &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>чакаўся тэкст</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>чакаўся цэлы лік</translation>
    </message>
    <message>
        <source>expected a year from %1 to %2</source>
        <translation>чакаецца год ад %1 да %2</translation>
    </message>
    <message>
        <source>expected an object of texts in en, fr and ru</source>
        <translation>чакаўся аб’ект з тэкстамі на en, fr і ru</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>у наборы даных няма запісу &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; is not shown in the %2 view; expected one of: %3</source>
        <translation>запіс &quot;%1&quot; не паказваецца ў выглядзе %2; чакаецца адно са значэнняў: %3</translation>
    </message>
    <message>
        <source>expected a step object</source>
        <translation>чакаўся аб’ект кроку</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; expected one of: %2</source>
        <translation>невядомы выгляд &quot;%1&quot;; чакаецца адно са значэнняў: %2</translation>
    </message>
    <message>
        <source>expected {&quot;from&quot;: YEAR, &quot;to&quot;: YEAR}</source>
        <translation>чакаецца {&quot;from&quot;: ГОД, &quot;to&quot;: ГОД}</translation>
    </message>
    <message>
        <source>the years are in the wrong order</source>
        <translation>гады пазначаны ў няправільным парадку</translation>
    </message>
    <message>
        <source>expected both &quot;from&quot; and &quot;to&quot;</source>
        <translation>чакаюцца абодва палі: &quot;from&quot; і &quot;to&quot;</translation>
    </message>
    <message>
        <source>expected {&quot;year&quot;: YEAR}</source>
        <translation>чакаецца {&quot;year&quot;: ГОД}</translation>
    </message>
    <message>
        <source>expected the ids of the sources the caption relies on</source>
        <translation>чакаюцца ідэнтыфікатары крыніц, на якія абапіраецца подпіс</translation>
    </message>
    <message>
        <source>expected a source id</source>
        <translation>чакаўся ідэнтыфікатар крыніцы</translation>
    </message>
    <message>
        <source>no source &quot;%1&quot; in the dataset</source>
        <translation>у наборы даных няма крыніцы &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected {&quot;record&quot;: ID, &quot;prompt&quot;: TEXTS}</source>
        <translation>чакаецца {&quot;record&quot;: ID, &quot;prompt&quot;: ТЭКСТЫ}</translation>
    </message>
    <message>
        <source>expected a filter object</source>
        <translation>чакаўся аб’ект фільтра</translation>
    </message>
    <message>
        <source>no place &quot;%1&quot; in the dataset</source>
        <translation>у наборы даных няма месца &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of: %2</source>
        <translation>невядомая катэгорыя &quot;%1&quot;; чакаецца адно са значэнняў: %2</translation>
    </message>
    <message>
        <source>unknown sector &quot;%1&quot;; expected one of: %2</source>
        <translation>невядомая галіна &quot;%1&quot;; чакаецца адно са значэнняў: %2</translation>
    </message>
    <message>
        <source>expected &quot;book&quot; or &quot;all&quot;</source>
        <translation>чакаецца &quot;book&quot; або &quot;all&quot;</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>немагчыма прачытаць: %1</translation>
    </message>
    <message>
        <source>expected a text in at least one of en, fr and ru</source>
        <translation>чакаўся тэкст хаця б на адной з моў en, fr і ru</translation>
    </message>
</context>
<context>
    <name>TradeSeriesChoice</name>
    <message>
        <source>unknown series &quot;%1&quot;: expected a comma-separated list of %2</source>
        <translation>невядомы шэраг «%1»: чакаецца спіс праз коску з %2</translation>
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
        <translation>Графік гандлю: няма лічбаў гандлю, якія адпавядаюць фільтрам.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2.</source>
        <translation>Лінейны графік гандлю паміж Беларуссю і Казахстанам у млн долл. ЗША, %1–%2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, from the book: %n figure(s), from %2 in %3 to %4 in %5; peak %6 in %7.</source>
        <translation>
            <numerusform>%1, паводле кнігі: %n лічба, ад %2 (%3) да %4 (%5); максімум — %6 (%7).</numerusform>
            <numerusform>%1, паводле кнігі: %n лічбы, ад %2 (%3) да %4 (%5); максімум — %6 (%7).</numerusform>
            <numerusform>%1, паводле кнігі: %n лічбаў, ад %2 (%3) да %4 (%5); максімум — %6 (%7).</numerusform>
        </translation>
    </message>
    <message>
        <source>No full-year figure for %1: the lines are broken there, never interpolated.</source>
        <translation>Няма лічбаў за поўны год для %1: лініі там перарываюцца і не інтэрпалююцца.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Supplementary figures for %1 are marked apart: they come from public news pages, not from the book.</source>
        <translation>Дадатковыя лічбы за %1 пазначаны асобна: яны ўзяты з публічных навінавых старонак, а не з кнігі.</translation>
    </message>
    <message>
        <source>Part-year figures, not comparable with full years: %1.</source>
        <translation>Лічбы за частку года, не супастаўныя з поўнымі гадамі: %1.</translation>
    </message>
    <message>
        <source>Marked: the %1 record, %2.</source>
        <translation>Пазначана: рэкорд %1 года, %2.</translation>
    </message>
    <message>
        <source>Marked: %1, the first year above US$ 1 billion (%2).</source>
        <translation>Пазначана: %1 — першы год, калі перавышаны 1 млрд долл. ЗША (%2).</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Пазначана: %1.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2: %3.</source>
        <translation>Лінейны графік гандлю Беларусі і Казахстана ў млн долараў ЗША, %1–%2: %3.</translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5.</source>
        <translation>%1: ад %2 у %3 г. да %4 у %5 г.</translation>
    </message>
    <message>
        <source>Record in %1, %2, the first year above US$ 1 billion.</source>
        <translation>Рэкорд у %1 г., %2, — першы год вышэй за 1 млрд долараў ЗША.</translation>
    </message>
    <message>
        <source>Record in %1, %2.</source>
        <translation>Рэкорд у %1 г., %2.</translation>
    </message>
    <message>
        <source>No full-year figure for %1.</source>
        <translation>Няма даных за поўны год: %1.</translation>
    </message>
    <message>
        <source>%1 (Belarusian figures)</source>
        <comment>indicator, as Belarusian statistics give it</comment>
        <translation>%1 (лічбы беларускага боку)</translation>
    </message>
    <message>
        <source>%1 (Kazakh figures)</source>
        <comment>indicator, as Kazakh statistics give it</comment>
        <translation>%1 (лічбы казахстанскага боку)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Diplomacy</source>
        <translation>Дыпламатыя</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Дагаворы</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Гандаль</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Прамысловасць</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сельская гаспадарка</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Будаўніцтва</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Рэгіёны</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Адукацыя</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Навука</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспарт</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Ахова здароўя</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетыка</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Сельская гаспадарка і харчовая прамысловасць</translation>
    </message>
    <message>
        <source>Agricultural machinery</source>
        <translation>Сельгастэхніка</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Аўтатэхніка</translation>
    </message>
    <message>
        <source>Mining machinery</source>
        <translation>Горная тэхніка</translation>
    </message>
    <message>
        <source>Machine building</source>
        <translation>Машынабудаванне</translation>
    </message>
    <message>
        <source>Petrochemistry</source>
        <translation>Нафтахімія</translation>
    </message>
    <message>
        <source>Wood products</source>
        <translation>Вырабы з дрэва</translation>
    </message>
    <message>
        <source>Light industry</source>
        <translation>Лёгкая прамысловасць</translation>
    </message>
    <message>
        <source>Pharmaceuticals and veterinary</source>
        <translation>Фармацэўтыка і ветэрынарыя</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Транспарт і лагістыка</translation>
    </message>
    <message>
        <source>IT and digital</source>
        <translation>ІТ і лічбавыя тэхналогіі</translation>
    </message>
    <message>
        <source>Aerospace and drones</source>
        <translation>Авіякасмічная галіна і беспілотнікі</translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation>Гандаль і паслугі</translation>
    </message>
    <message>
        <source>Industrial parks</source>
        <translation>Індустрыяльныя паркі</translation>
    </message>
    <message>
        <source>Education and science</source>
        <translation>Адукацыя і навука</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Тавараабарот</translation>
    </message>
    <message>
        <source>Belarusian exports</source>
        <translation>Беларускі экспарт</translation>
    </message>
    <message>
        <source>Belarusian imports</source>
        <translation>Беларускі імпарт</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Сальда</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Колькасць</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>дакладна</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>прыблізна</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>больш за</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>менш за</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>фактычна</translation>
    </message>
    <message>
        <source>target</source>
        <translation>мэтавае значэнне</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>прагноз</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Краіна ў цэлым</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Галіна</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Абвешчана</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланавана</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Дзейнічае</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Спынена</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Вобласць</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Раён</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Універсітэт</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <source>Cultural centre</source>
        <translation>Культурны цэнтр</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Пагадненне</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Мемарандум</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Пратакол</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Праграма</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Ініцыятыва</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>гандаль</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>прамысловасць</translation>
    </message>
    <message>
        <source>agriculture</source>
        <translation>сельская гаспадарка</translation>
    </message>
    <message>
        <source>education</source>
        <translation>адукацыя</translation>
    </message>
    <message>
        <source>science</source>
        <translation>навука</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>культура</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>турызм</translation>
    </message>
    <message>
        <source>health</source>
        <translation>ахова здароўя</translation>
    </message>
    <message>
        <source>construction</source>
        <translation>будаўніцтва</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМІ</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>моладзь</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>спорт</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>транспарт</translation>
    </message>
    <message>
        <source>humanitarian ties</source>
        <translation>гуманітарныя сувязі</translation>
    </message>
    <message>
        <source>Belarusian figures</source>
        <translation>Лічбы беларускага боку</translation>
    </message>
    <message>
        <source>Kazakh figures</source>
        <translation>Лічбы казахстанскага боку</translation>
    </message>
    <message>
        <source>Side not stated</source>
        <translation>Бок не ўказаны</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Вёска</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>I кв.</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>I паўг.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>month range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1 млн долл. ЗША</translation>
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
        <translation>Рост беларускага экспарту</translation>
    </message>
    <message>
        <source>Growth of Belarusian imports</source>
        <translation>Рост беларускага імпарту</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Checks a dataset file against the schema (docs/dataset.md), or a tour
file (docs/tours.md) against the built-in dataset.
Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage.</source>
        <translation>Правярае файл набору даных на адпаведнасць схеме (docs/dataset.md) або файл
тура (docs/tours.md) на адпаведнасць убудаванаму набору даных.
Код выхаду: 0 — карэктны, 1 — некарэктны, 2 — не чытаецца або няправільны выклік.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this dataset file.</source>
        <translation>Адкрыць гэты файл набору даных.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, ru, kk or be.</source>
        <translation>Мова інтэрфейсу: en, fr, ru, kk або be.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>невядомая мова «%1»: чакаецца en, fr, ru, kk або be</translation>
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
        <translation>Даследуйце трыццаць гадоў партнёрства Беларусі і Казахстана.

Каманды:
  validate FILE              праверыць набор даных (код 0 — карэктны, 1 — некарэктны, 2 — не чытаецца)
  export --view VIEW --format FMT --out FILE [--width PX --height PX --scale N]
         [--lang L] [--theme light|dark|print] [--dataset FILE]
         [--from YEAR --to YEAR --place ID --category C --sector S
          --search TEXT --sources book|all] [--series LIST] [--csv-excel]
                             адмаляваць выгляд у файл без дысплэя, з фільтрамі,
                             як у акне
  export --tour NAME|FILE --format pdf --out FILE [--lang L] [--dataset FILE]
                             надрукаваць тур як раздатачны матэрыял, старонка на крок
  cite RECORD-ID [--style chicago|apa|gost|bibtex|ris|csl-json] [--lang L]
  cite --view VIEW [фільтры каманды export] [--style S]
                             вывесці спасылку на запіс або бібліяграфію выгляду
  screenshot --out-dir DIR [--lang L] [--theme T] [--present]
         [фільтры каманды export]
                             адмаляваць кожны асноўны выгляд у DIR/VIEW.png
Кожная каманда падтрымлівае --help.</translation>
    </message>
    <message>
        <source>A dataset or a tour to open (a file manager passes the file opened with the app).</source>
        <translation>Набор даных або тур, які трэба адкрыць (так файлавы менеджар перадае файл, які адкрываецца праграмай).</translation>
    </message>
    <message>
        <source>open one FILE at a time</source>
        <translation>адкрывайце па адным FILE</translation>
    </message>
    <message>
        <source>Forget every remembered setting (window, language, recent files, export choices) before starting.</source>
        <translation>Забыць усе захаваныя налады (акно, мова, нядаўнія файлы, параметры экспарту) перад запускам.</translation>
    </message>
</context>
<context>
    <name>pe::DataChartView</name>
    <message>
        <source>Book, %1</source>
        <translation>Кніга, %1</translation>
    </message>
    <message>
        <source>Supplementary (not from the book)</source>
        <translation>Дадатковая крыніца (не з кнігі)</translation>
    </message>
    <message>
        <source>Supplementary: %1 (not from the book)</source>
        <translation>Дадатковая крыніца: %1 (не з кнігі)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Паказчык</translation>
    </message>
    <message>
        <source>Value (US$ million)</source>
        <translation>Значэнне (млн долл. ЗША)</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Дакладнасць</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Бок</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Паходжанне</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Ідэнтыфікатар запісу</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>поўны год</translation>
    </message>
    <message>
        <source>supplementary (not from the book)</source>
        <translation>дадатковая крыніца (не з кнігі)</translation>
    </message>
    <message>
        <source>book</source>
        <translation>кніга</translation>
    </message>
</context>
<context>
    <name>pe::DatasetModel</name>
    <message numerus="yes">
        <source>note %1</source>
        <comment>book footnote(s)</comment>
        <translation>
            <numerusform>зноска %1</numerusform>
            <numerusform>зноскі %1</numerusform>
            <numerusform>зноскі %1</numerusform>
        </translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation>дадатковая</translation>
    </message>
</context>
<context>
    <name>pe::DetailPane</name>
    <message>
        <source>Nothing selected</source>
        <translation>Нічога не выбрана</translation>
    </message>
    <message>
        <source>Select an event, a figure, a venture or a partnership to read what the book says and where it comes from.</source>
        <translation>Выберыце падзею, лічбу, прадпрыемства або партнёрства, каб прачытаць, што пра гэта гаворыцца ў кнізе і адкуль гэтыя звесткі.</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Спасылку скапіявана</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Цытаваць</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Падрабязнасці</translation>
    </message>
    <message>
        <source>Copy in Chicago Style</source>
        <translation>Скапіяваць у стылі Chicago</translation>
    </message>
    <message>
        <source>Copy in APA Style</source>
        <translation>Скапіяваць у стылі APA</translation>
    </message>
    <message>
        <source>Copy in GOST Style</source>
        <translation>Скапіяваць у стылі ГОСТ</translation>
    </message>
    <message>
        <source>Save as BibTeX (.bib)…</source>
        <translation>Захаваць як BibTeX (.bib)…</translation>
    </message>
    <message>
        <source>Save as RIS (.ris)…</source>
        <translation>Захаваць як RIS (.ris)…</translation>
    </message>
    <message>
        <source>Save as CSL-JSON (.json)…</source>
        <translation>Захаваць як CSL-JSON (.json)…</translation>
    </message>
    <message>
        <source>Save Citation</source>
        <translation>Захаваць спасылку</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не ўдалося запісаць %1: %2</translation>
    </message>
    <message>
        <source>Citation saved</source>
        <translation>Спасылку захавана</translation>
    </message>
    <message>
        <source>How to cite (%1)</source>
        <translation>Як цытаваць (%1)</translation>
    </message>
    <message>
        <source>Style Shown Below</source>
        <translation>Стыль, паказаны ніжэй</translation>
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
        <translation>ГОСТ</translation>
    </message>
    <message>
        <source>Hidden by the current filters: no view shows this record.</source>
        <translation>Схавана бягучымі фільтрамі: ніводнае прадстаўленне не паказвае гэты запіс.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Скінуць фільтры</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Наперад</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Зняць вылучэнне</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Капіраваць спасылку</translation>
    </message>
    <message>
        <source>Cite this record&apos;s sources, or a year&apos;s, in a style: copy them or save them for a reference manager (%1 copies in the style shown below)</source>
        <translation>Працытаваць крыніцы запісу або года ў выбраным стылі: скапіраваць або захаваць для менеджара спасылак (%1 капіруе ў стылі, паказаным ніжэй)</translation>
    </message>
    <message>
        <source>What is selected, with its sources; Tab moves between its links.</source>
        <translation>Выбраны запіс з яго крыніцамі; Tab пераходзіць паміж спасылкамі.</translation>
    </message>
</context>
<context>
    <name>pe::EventModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Катэгорыя</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Падзея</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Месцы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
</context>
<context>
    <name>pe::ExportDialog</name>
    <message>
        <source>CSV (the numbers, UTF-8)</source>
        <translation>CSV (лічбы, UTF-8)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Выява PNG</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Вектарная выява SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Дакумент PDF</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Скапіяваць CSV</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Скапіяваць выяву</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пікс.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспарт</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не захавана: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Захавана: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Скапіявана ў буфер абмену</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Выгляд</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Фармат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Адвольны памер</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Маштаб</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Падзагаловак</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заўвагі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтэрнатыўны тэкст</translation>
    </message>
    <message>
        <source>Article (1200 × 675)</source>
        <translation>Артыкул (1200 × 675)</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Слайд (1920 × 1080)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Квадрат (1080 × 1080)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Адвольны</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Цёмная</translation>
    </message>
    <message>
        <source>Print (greyscale)</source>
        <translation>Для друку (адценні шэрага)</translation>
    </message>
    <message>
        <source>Optional notes drawn above the source line</source>
        <translation>Неабавязковыя заўвагі над радком крыніцы</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Скапіяваць альтэрнатыўны тэкст</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Захаваць…</translation>
    </message>
    <message>
        <source>Some text is %1 pt at this size, under %2 pt: hard to read in print. Choose a larger size.</source>
        <translation>Частка тэксту пры гэтым памеры — %1 пт, менш за %2 пт: у друку чытаецца цяжка. Выберыце большы памер.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Шэрагі</translation>
    </message>
    <message>
        <source>Print (%1 × %2 cm at %3 dpi)</source>
        <translation>Друк (%1 × %2 см, %3 dpi)</translation>
    </message>
    <message>
        <source>Show the selection</source>
        <translation>Паказаць вылучэнне</translation>
    </message>
    <message>
        <source>Draw the record and year selected in the window, as on screen. Off: the file shows the data alone.</source>
        <translation>Намаляваць запіс і год, выбраныя ў акне, як на экране. Калі выключана, файл паказвае толькі даныя.</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV для Excel</translation>
    </message>
    <message>
        <source>A byte order mark so that Excel reads the text right, and in French, Russian, Kazakh or Belarusian semicolons between fields and decimal commas. Off: plain CSV for scripts and Datawrapper.</source>
        <translation>Метка парадку байтаў, каб Excel правільна чытаў тэкст, а для французскай, рускай, казахскай і беларускай моў — кропкі з коскай паміж палямі і дзесятковыя коскі. Калі выключана, ствараецца звычайны CSV для скрыптоў і Datawrapper.</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>Файл не захаваны.</translation>
    </message>
</context>
<context>
    <name>pe::FilterBar</name>
    <message>
        <source>All categories</source>
        <translation>Усе катэгорыі</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Усе галіны</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Усе месцы</translation>
    </message>
    <message>
        <source>Search events, figures, ventures, places… (Ctrl+F)</source>
        <translation>Пошук падзей, лічбаў, прадпрыемстваў, месцаў… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Гады</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>to</source>
        <translation>па</translation>
    </message>
    <message>
        <source>First year shown</source>
        <translation>Першы паказаны год</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>Апошні паказаны год</translation>
    </message>
    <message>
        <source>Event category (timeline)</source>
        <translation>Катэгорыя падзей (храналогія)</translation>
    </message>
    <message>
        <source>Region or country: also matches the cities within it</source>
        <translation>Рэгіён або краіна: уключае і гарады ў іх межах</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them</source>
        <translation>Галіна прадпрыемстваў, лічбаў і звязаных з імі падзей</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скінуць фільтры</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Па</translation>
    </message>
    <message>
        <source>Show every record again: clears the search and every filter</source>
        <translation>Зноў паказаць усе запісы: скідае пошук і ўсе фільтры</translation>
    </message>
</context>
<context>
    <name>pe::LoadingIndicator</name>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ход загрузкі</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Stop reading this dataset and keep the one in use</source>
        <translation>Спыніць чытанне гэтага набору даных і пакінуць бягучы</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Скасаваць загрузку</translation>
    </message>
</context>
<context>
    <name>pe::MainWindow</name>
    <message>
        <source>About Partnership Explorer</source>
        <translation>Пра Partnership Explorer</translation>
    </message>
    <message>
        <source>Partnership Explorer</source>
        <translation>Partnership Explorer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Тавараабарот</translation>
    </message>
    <message>
        <source>Regional trade</source>
        <translation>Рэгіянальны гандаль</translation>
    </message>
    <message>
        <source>Region pairings</source>
        <translation>Партнёрствы рэгіёнаў</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>Сумесныя прадпрыемствы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Крыніцы</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Адкрыць набор даных…</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Dataset</source>
        <translation>Адкрыць &amp;убудаваны набор даных</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Нядаўнія файлы</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспарт…</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>&amp;Скапіяваць выгляд як выяву</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Умясціць храналогію</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Панэль па&amp;драбязнасцей</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Рэжым прэзентацыі</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>&amp;About Partnership Explorer</source>
        <translation>&amp;Пра Partnership Explorer</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 figures · %4 ventures · %5 partnerships · %6 sources</source>
        <translation>%1 · падзей: %2 · лічбаў: %3 · прадпрыемстваў: %4 · партнёрстваў: %5 · крыніц: %6</translation>
    </message>
    <message>
        <source>Built-in dataset</source>
        <translation>Убудаваны набор даных</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Скапіявана ў буфер абмену</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Адкрыць набор даных</translation>
    </message>
    <message>
        <source>Datasets (*.json);;All files (*)</source>
        <translation>Наборы даных (*.json);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Thirty years of the Belarus–Kazakhstan partnership, from %2, with supplementary public figures marked as such.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Трыццаць гадоў партнёрства Беларусі і Казахстана паводле кнігі %2, з дадатковымі публічнымі лічбамі, пазначанымі асобна.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Тур</translation>
    </message>
    <message>
        <source>Present a &amp;Built-in Tour</source>
        <translation>Паказаць &amp;убудаваны тур</translation>
    </message>
    <message>
        <source>&amp;Present This Tour</source>
        <translation>&amp;Паказаць гэты тур</translation>
    </message>
    <message>
        <source>Presenter &amp;View</source>
        <translation>&amp;Выгляд дакладчыка</translation>
    </message>
    <message>
        <source>&amp;New Tour</source>
        <translation>&amp;Стварыць тур</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>&amp;Адкрыць тур…</translation>
    </message>
    <message>
        <source>Open &amp;Recent Tour</source>
        <translation>Адкрыць &amp;нядаўні тур</translation>
    </message>
    <message>
        <source>&amp;Save Tour</source>
        <translation>&amp;Захаваць тур</translation>
    </message>
    <message>
        <source>Save Tour &amp;As…</source>
        <translation>Захаваць тур &amp;як…</translation>
    </message>
    <message>
        <source>&amp;Edit Tour</source>
        <translation>&amp;Рэдагаваць тур</translation>
    </message>
    <message>
        <source>&amp;Add This View as a Step</source>
        <translation>&amp;Дадаць гэты выгляд як крок</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>&amp;Экспартаваць раздатачны матэрыял…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запіс</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Прадстаўленні</translation>
    </message>
    <message>
        <source>The timeline, the charts and the tables of the dataset: Alt+1 to Alt+6 show them</source>
        <translation>Храналогія, дыяграмы і табліцы набору даных: Alt+1 … Alt+6 адкрываюць іх</translation>
    </message>
    <message>
        <source>Up and Down move between rows and show the row&apos;s record in the detail pane; Tab leaves the table.</source>
        <translation>Уверх і Уніз пераходзяць паміж радкамі і паказваюць запіс радка на панэлі звестак; Tab выходзіць з табліцы.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Лічбы</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрствы</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Партнёрствы па рэгіёнах</translation>
    </message>
    <message>
        <source>Enter or a double click on a region filters every view to it.</source>
        <translation>Enter або падвойны пстрык па рэгіёне фільтруе па ім усе прадстаўленні.</translation>
    </message>
    <message>
        <source>Left and Right step through what the chart draws, Enter opens its record.</source>
        <translation>Улева і Управа перабіраюць тое, што намалявана на дыяграме, Enter адкрывае запіс.</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>Графік тавараабароту</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Дыяграма рэгіянальнага гандлю</translation>
    </message>
    <message>
        <source>Output of the assembly plants</source>
        <translation>Выпуск зборачных вытворчасцей</translation>
    </message>
    <message>
        <source>category</source>
        <translation>катэгорыя</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>галіна</translation>
    </message>
    <message>
        <source>Not applied in this view: %1</source>
        <translation>У гэтым прадстаўленні не ўжываецца: %1</translation>
    </message>
    <message>
        <source>No event matches the search and filters.</source>
        <translation>Ніводная падзея не адпавядае пошуку і фільтрам.</translation>
    </message>
    <message>
        <source>This dataset has no events.</source>
        <translation>У гэтым наборы даных няма падзей.</translation>
    </message>
    <message>
        <source>No figure matches the search and filters.</source>
        <translation>Ніводны паказчык не адпавядае пошуку і фільтрам.</translation>
    </message>
    <message>
        <source>This dataset has no figures.</source>
        <translation>У гэтым наборы даных няма паказчыкаў.</translation>
    </message>
    <message>
        <source>No partnership matches the search and filters.</source>
        <translation>Ніводнае партнёрства не адпавядае пошуку і фільтрам.</translation>
    </message>
    <message>
        <source>This dataset has no partnerships.</source>
        <translation>У гэтым наборы даных няма партнёрстваў.</translation>
    </message>
    <message>
        <source>No venture matches the search and filters.</source>
        <translation>Ніводнае прадпрыемства не адпавядае пошуку і фільтрам.</translation>
    </message>
    <message>
        <source>This dataset has no ventures.</source>
        <translation>У гэтым наборы даных няма прадпрыемстваў.</translation>
    </message>
    <message>
        <source>No source matches the search and filters.</source>
        <translation>Ніводная крыніца не адпавядае пошуку і фільтрам.</translation>
    </message>
    <message>
        <source>This dataset has no sources.</source>
        <translation>У гэтым наборы даных няма крыніц.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>Паказана %1 з %n падзеі</numerusform>
            <numerusform>Паказана %1 з %n падзей</numerusform>
            <numerusform>Паказана %1 з %n падзей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figures shown</source>
        <translation>
            <numerusform>Паказана %1 з %n паказчыка</numerusform>
            <numerusform>Паказана %1 з %n паказчыкаў</numerusform>
            <numerusform>Паказана %1 з %n паказчыкаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnerships shown</source>
        <translation>
            <numerusform>Паказана %1 з %n партнёрства</numerusform>
            <numerusform>Паказана %1 з %n партнёрстваў</numerusform>
            <numerusform>Паказана %1 з %n партнёрстваў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ventures shown</source>
        <translation>
            <numerusform>Паказана %1 з %n прадпрыемства</numerusform>
            <numerusform>Паказана %1 з %n прадпрыемстваў</numerusform>
            <numerusform>Паказана %1 з %n прадпрыемстваў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sources shown</source>
        <translation>
            <numerusform>Паказана %1 з %n крыніцы</numerusform>
            <numerusform>Паказана %1 з %n крыніц</numerusform>
            <numerusform>Паказана %1 з %n крыніц</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Stopped reading %1; the dataset in use stays</source>
        <translation>Чытанне %1 спынена; бягучы набор даных застаецца</translation>
    </message>
</context>
<context>
    <name>pe::MapLayerBar</name>
    <message>
        <source>Regions</source>
        <translation>Рэгіёны</translation>
    </message>
    <message>
        <source>Shade each region by the partnerships that involve it</source>
        <translation>Афарбаваць кожны рэгіён паводле колькасці яго партнёрстваў</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрствы</translation>
    </message>
    <message>
        <source>Draw each partnership as an arc between the two sides&apos; places</source>
        <translation>Паказаць кожнае партнёрства дугой паміж месцамі абодвух бакоў</translation>
    </message>
    <message>
        <source>Ventures</source>
        <translation>Прадпрыемствы</translation>
    </message>
    <message>
        <source>Pin joint ventures and plants at their places</source>
        <translation>Пазначыць сумесныя прадпрыемствы і заводы на іх месцах</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Назвы</translation>
    </message>
    <message>
        <source>Show places and their names</source>
        <translation>Паказаць месцы і іх назвы</translation>
    </message>
</context>
<context>
    <name>pe::MapView</name>
    <message>
        <source>Press Enter to filter every view to this region</source>
        <translation>Націсніце Enter, каб адфільтраваць па гэтым рэгіёне ўсе выгляды</translation>
    </message>
    <message>
        <source>Press Enter to show it in the details</source>
        <translation>Націсніце Enter, каб паказаць яго на панэлі падрабязнасцей</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Regions shaded by their partnerships, arcs between partner places, pins for joint ventures. The arrow keys move between them, Tab to the next group, Enter filters to a region or opens a partnership or venture in the details.</source>
        <translation>Рэгіёны афарбаваны паводле колькасці партнёрстваў, дугі злучаюць месцы партнёраў, меткі пазначаюць сумесныя прадпрыемствы. Стрэлкі пераходзяць паміж імі, Tab — да наступнай групы, Enter фільтруе па рэгіёне або адкрывае партнёрства ці прадпрыемства на панэлі падрабязнасцей.</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>Іншыя назвы: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Click to filter every view to %1</source>
        <translation>Пстрыкніце, каб адфільтраваць усе выгляды: %1</translation>
    </message>
    <message>
        <source>Click to show every region again</source>
        <translation>Пстрыкніце, каб зноў паказаць усе рэгіёны</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show one in the details, again for the next</source>
        <translation>Пстрыкніце, каб паказаць адно з іх на панэлі падрабязнасцей, яшчэ раз — наступнае</translation>
    </message>
    <message>
        <source>Click to show it in the details</source>
        <translation>Пстрыкніце, каб паказаць на панэлі падрабязнасцей</translation>
    </message>
</context>
<context>
    <name>pe::ObservationModel</name>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Паказчык</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значэнне</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ахоп</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Бок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>поўны год</translation>
    </message>
</context>
<context>
    <name>pe::PairingModel</name>
    <message>
        <source>Belarusian side</source>
        <translation>Беларускі бок</translation>
    </message>
    <message>
        <source>Kazakh side</source>
        <translation>Казахстанскі бок</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Узровень</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Дакумент</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Сферы</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
</context>
<context>
    <name>pe::PairingsPage</name>
    <message>
        <source>Double-click a region to filter every view to it</source>
        <translation>Двойчы пстрыкніце па рэгіёне, каб адфільтраваць па ім усе выгляды</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Партнёрствы па рэгіёнах</translation>
    </message>
</context>
<context>
    <name>pe::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Уваходзіць у</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Іншыя назвы</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
</context>
<context>
    <name>pe::PresentationMode</name>
    <message>
        <source>Go to step: %1</source>
        <translation>Перайсці да кроку: %1</translation>
    </message>
    <message>
        <source>→  ↓  Page Down  Space</source>
        <translation>→  ↓  Page Down  Прабел</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>наступны крок</translation>
    </message>
    <message>
        <source>←  ↑  Page Up  Backspace</source>
        <translation>←  ↑  Page Up  Backspace</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>папярэдні крок</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Home  End</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>першы, апошні крок</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  або  .</translation>
    </message>
    <message>
        <source>black screen (any key returns)</source>
        <translation>чорны экран (любая клавіша — вяртанне)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>white screen</source>
        <translation>белы экран</translation>
    </message>
    <message>
        <source>G, or a number, then Enter</source>
        <translation>G або нумар, потым Enter</translation>
    </message>
    <message>
        <source>go to a step</source>
        <translation>перайсці да кроку</translation>
    </message>
    <message>
        <source>overview of the steps</source>
        <translation>агляд крокаў</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>these keys</source>
        <translation>гэтыя клавішы</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>выйсці з рэжыму прэзентацыі</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>Клавішы рэжыму прэзентацыі</translation>
    </message>
    <message>
        <source>Steps — arrows to choose, Enter to go, any other key to close</source>
        <translation>Крокі — стрэлкі: выбраць, Enter: перайсці, любая іншая клавіша: закрыць</translation>
    </message>
    <message>
        <source>O, or Esc held</source>
        <translation>O або ўтрымліваць Esc</translation>
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
        <translation>Адказ: %1</translation>
    </message>
    <message>
        <source>The answer, on this slide</source>
        <translation>Адказ — на гэтым слайдзе</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Канец тура</translation>
    </message>
    <message>
        <source>Presenter View</source>
        <translation>Выгляд дакладчыка</translation>
    </message>
    <message>
        <source>On the screen</source>
        <translation>На экране</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далей</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заўвагі</translation>
    </message>
</context>
<context>
    <name>pe::ProblemsDialog</name>
    <message>
        <source>Dataset not opened</source>
        <translation>Набор даных не адкрыты</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problem(s) found. The dataset in use is unchanged.</source>
        <translation>
            <numerusform>Не ўдалося адкрыць &lt;b&gt;%1&lt;/b&gt;: знойдзена %n праблема. Бягучы набор даных не зменены.</numerusform>
            <numerusform>Не ўдалося адкрыць &lt;b&gt;%1&lt;/b&gt;: знойдзены %n праблемы. Бягучы набор даных не зменены.</numerusform>
            <numerusform>Не ўдалося адкрыць &lt;b&gt;%1&lt;/b&gt;: знойдзена %n праблем. Бягучы набор даных не зменены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Радок</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Слупок</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Скапіяваць усё</translation>
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
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрствы</translation>
    </message>
</context>
<context>
    <name>pe::RegionalTradeChart</name>
    <message>
        <source>No regional figures match the filters</source>
        <translation>Няма рэгіянальных лічбаў, якія адпавядаюць фільтрам</translation>
    </message>
    <message>
        <source>Book figure</source>
        <translation>Лічба з кнігі</translation>
    </message>
    <message>
        <source>Book figure, approximate (≈) or bound (&gt;)</source>
        <translation>Лічба з кнігі, прыблізная (≈) або ніжняя мяжа (&gt;)</translation>
    </message>
    <message>
        <source>Supplementary figure (not from the book)</source>
        <translation>Дадатковая лічба (не з кнігі)</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн долл. ЗША</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Regional trade chart: no regional figures match the filters.</source>
        <translation>Дыяграма рэгіянальнага гандлю: няма рэгіянальных лічбаў, якія адпавядаюць фільтрам.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of %n regional trade figure(s) the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</source>
        <translation>
            <numerusform>Слупковая дыяграма: %n рэгіянальная лічба гандлю з кнігі, у млн долл. ЗША, ад найбольшай; кожны слупок — адна лічба для аднаго рэгіёна, паказчыка і перыяду.</numerusform>
            <numerusform>Слупковая дыяграма: %n рэгіянальныя лічбы гандлю з кнігі, у млн долл. ЗША, ад найбольшай; кожны слупок — адна лічба для аднаго рэгіёна, паказчыка і перыяду.</numerusform>
            <numerusform>Слупковая дыяграма: %n рэгіянальных лічбаў гандлю з кнігі, у млн долл. ЗША, ад найбольшай; кожны слупок — адна лічба для аднаго рэгіёна, паказчыка і перыяду.</numerusform>
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
        <translation>Зноска</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Загаловак</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Выданне</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation>дадатковая</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Аўтар</translation>
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
        <translation>Храналогія</translation>
    </message>
    <message>
        <source>Events by category over time. Left and Right move between events, plus and minus zoom, 0 shows everything, Enter opens a group of events.</source>
        <translation>Падзеі па катэгорыях у часе. Стрэлкі ўлева і ўправа — пераход паміж падзеямі, плюс і мінус — маштаб, 0 — паказаць усё, Enter — адкрыць групу падзей.</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>вядомы дзень</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>вядомы месяц</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>толькі год</translation>
    </message>
    <message>
        <source>several events</source>
        <translation>некалькі падзей</translation>
    </message>
    <message>
        <source>No events match the current filters</source>
        <translation>Няма падзей, якія адпавядаюць бягучым фільтрам</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Няма падзей для паказу</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n падзея</numerusform>
            <numerusform>%n падзеі</numerusform>
            <numerusform>%n падзей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
            <numerusform>і яшчэ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Пстрыкніце, каб павялічыць</translation>
    </message>
</context>
<context>
    <name>pe::TourController</name>
    <message>
        <source>Save Tour As</source>
        <translation>Захаваць тур як</translation>
    </message>
    <message>
        <source>Tours (*.json);;All files (*)</source>
        <translation>Туры (*.json);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>the tour being edited</source>
        <translation>тур, які рэдагуецца</translation>
    </message>
    <message>
        <source>Untitled tour</source>
        <translation>Тур без назвы</translation>
    </message>
    <message>
        <source>Present a Tour File…</source>
        <translation>Паказаць файл тура…</translation>
    </message>
    <message>
        <source>Present a Tour</source>
        <translation>Паказаць тур</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Кніга, зноска %1</translation>
    </message>
    <message>
        <source>Book, notes %1</source>
        <translation>Кніга, зноскі %1</translation>
    </message>
    <message>
        <source>not from the book: %1</source>
        <translation>не з кнігі: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Крыніцы: %1</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Адкрыць тур</translation>
    </message>
    <message>
        <source>tour</source>
        <translation>тур</translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation>Захаваць тур</translation>
    </message>
    <message>
        <source>year %1 marked</source>
        <translation>пазначаны год %1</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Экспартаваць раздатачны матэрыял</translation>
    </message>
    <message>
        <source>Open or prepare a tour first: a handout has a page for each of its steps.</source>
        <translation>Спачатку адкрыйце або падрыхтуйце тур: у раздатачным матэрыяле ёсць старонка для кожнага яго кроку.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>раздатачны-матэрыял</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved Tour</source>
        <translation>Незахаваны тур</translation>
    </message>
    <message>
        <source>The tour “%1” has changes that are not saved. Save them?</source>
        <translation>У туры «%1» ёсць незахаваныя змены. Захаваць іх?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назвы</translation>
    </message>
    <message>
        <source>Tour: %1 (changed)</source>
        <translation>Тур: %1 (зменены)</translation>
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
        <translation>Назва тура</translation>
    </message>
    <message>
        <source>Add This View</source>
        <translation>Дадаць гэты выгляд</translation>
    </message>
    <message>
        <source>Add the view on screen, with its filters and selection, after the chosen step (Ctrl+Shift+A)</source>
        <translation>Дадаць выгляд, які на экране, з яго фільтрамі і вылучэннем, пасля выбранага кроку (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Перамясціць крок вышэй</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Перамясціць крок ніжэй</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Выдаліць крок</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Крокі</translation>
    </message>
    <message>
        <source>&amp;Caption, what the class reads:</source>
        <translation>&amp;Подпіс — тое, што чытае аўдыторыя:</translation>
    </message>
    <message>
        <source>A sentence or two, with the year and the figure.</source>
        <translation>Адзін-два сказы з годам і лічбай.</translation>
    </message>
    <message>
        <source>&amp;Notes, what you say:</source>
        <translation>&amp;Нататкі — тое, што кажаце вы:</translation>
    </message>
    <message>
        <source>Context, a question to ask the class.</source>
        <translation>Кантэкст, пытанне для аўдыторыі.</translation>
    </message>
    <message>
        <source>&amp;Present from This Step</source>
        <translation>Па&amp;казаць з гэтага кроку</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
</context>
<context>
    <name>pe::TradeSeriesPicker</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Паказаць</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Экспарт і імпарт</translation>
    </message>
    <message>
        <source>Both sides&apos; figures</source>
        <translation>Даныя абодвух бакоў</translation>
    </message>
    <message>
        <source>Trade figures shown</source>
        <translation>Паказаныя гандлёвыя даныя</translation>
    </message>
    <message>
        <source>Whose statistics</source>
        <translation>Чыя статыстыка</translation>
    </message>
    <message>
        <source>Both sides, compared</source>
        <translation>Абодва бакі, параўнанне</translation>
    </message>
    <message>
        <source>Where both sides give a year, a grey bar spans the difference between their figures: Belarusian and Kazakh statistics differ.</source>
        <translation>Там, дзе абодва бакі даюць даныя за год, шэрая паласа паказвае розніцу паміж імі: статыстыка Беларусі і Казахстана разыходзіцца.</translation>
    </message>
    <message>
        <source>Book and supplementary figures</source>
        <translation>Лічбы кнігі і дадатковыя</translation>
    </message>
    <message>
        <source>Book figures only</source>
        <translation>Толькі лічбы кнігі</translation>
    </message>
    <message>
        <source>Figures from public pages fill the book&apos;s gaps, drawn hollow and named in the source line.</source>
        <translation>Лічбы з адкрытых крыніц запаўняюць прабелы кнігі; яны паказаны пустымі маркерамі і названы ў радку крыніц.</translation>
    </message>
    <message>
        <source>Only the figures the book gives, in every view.</source>
        <translation>Толькі лічбы, якія дае кніга, ва ўсіх праявах.</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Паходжанне лічбаў</translation>
    </message>
</context>
<context>
    <name>pe::TurnoverChart</name>
    <message>
        <source>No trade figures match the filters</source>
        <translation>Няма лічбаў гандлю, якія адпавядаюць фільтрам</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн долл. ЗША</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>поўны год</translation>
    </message>
    <message>
        <source>Another book figure for this year; the line shows the one preferred by side, exactness and precision.</source>
        <translation>У кнізе ёсць іншая лічба за гэты год; лінія паказвае тую, якой аддадзена перавага паводле боку, дакладнасці і падрабязнасці.</translation>
    </message>
    <message>
        <source>%1: first year above US$ 1 billion</source>
        <translation>%1: першы год звыш 1 млрд долл. ЗША</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>Рэкорд %1 г.</translation>
    </message>
    <message>
        <source>%1 (not from the book)</source>
        <translation>%1 (не з кнігі)</translation>
    </message>
    <message>
        <source>Part of a year (period shown)</source>
        <translation>Частка года (перыяд пазначаны)</translation>
    </message>
    <message>
        <source>Approximate or lower bound</source>
        <translation>Прыблізна або ніжняя мяжа</translation>
    </message>
    <message>
        <source>Not from the book</source>
        <translation>Не з кнігі</translation>
    </message>
    <message>
        <source>no full-year figure</source>
        <translation>няма даных за год</translation>
    </message>
    <message>
        <source>%1: record, first year above US$ 1 billion</source>
        <translation>%1: рэкорд, першы год вышэй за 1 млрд долараў ЗША</translation>
    </message>
    <message>
        <source>Belarusian and Kazakh statistics differ; each line keeps one side&apos;s figures.</source>
        <translation>Статыстыка Беларусі і Казахстана адрозніваецца; кожная лінія паказвае лічбы аднаго боку.</translation>
    </message>
    <message>
        <source>Hollow markers: figures from public pages outside the book.</source>
        <translation>Незафарбаваныя маркеры — лічбы з публічных старонак па-за кнігай.</translation>
    </message>
    <message>
        <source>Grey bars: how far the two sides&apos; figures for the same year differ.</source>
        <translation>Шэрыя палосы — разыходжанне паміж лічбамі двух бакоў за адзін і той жа год.</translation>
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
        <translation>Прадпрыемства</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Галіна</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Belarusian partners</source>
        <translation>Беларускія партнёры</translation>
    </message>
    <message>
        <source>Kazakh partners</source>
        <translation>Казахстанскія партнёры</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
</context>
<context>
    <name>pe::VentureOutputChart</name>
    <message>
        <source>No venture gives units produced for the filters</source>
        <translation>Няма звестак пра выпуск прадпрыемстваў для зададзеных фільтраў</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Адзінкі</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation>
            <numerusform>%n адзінка: %1</numerusform>
            <numerusform>%n адзінкі: %1</numerusform>
            <numerusform>%n адзінак: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Book, %1</source>
        <translation>Кніга, %1</translation>
    </message>
    <message>
        <source>Venture</source>
        <translation>Прадпрыемства</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Ідэнтыфікатар запісу</translation>
    </message>
    <message>
        <source>Venture output chart: no venture gives units produced for the filters.</source>
        <translation>Дыяграма выпуску прадпрыемстваў: няма звестак пра выпуск для зададзеных фільтраў.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of units produced or delivered per year by %n venture(s), grouped by year.</source>
        <translation>
            <numerusform>Слупковая дыяграма адзінак, выпушчаных або пастаўленых за год, для %n прадпрыемства, з групоўкай па гадах.</numerusform>
            <numerusform>Слупковая дыяграма адзінак, выпушчаных або пастаўленых за год, для %n прадпрыемстваў, з групоўкай па гадах.</numerusform>
            <numerusform>Слупковая дыяграма адзінак, выпушчаных або пастаўленых за год, для %n прадпрыемстваў, з групоўкай па гадах.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 у %2 г.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3 units</source>
        <translation>%1, %2: %3 адз.</translation>
    </message>
</context>
</TS>
