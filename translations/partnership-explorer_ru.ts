<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BookCitation</name>
    <message>
        <source>the book</source>
        <translation>книга</translation>
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
        <translation>[название дано по книге]</translation>
    </message>
    <message>
        <source>Quoted in %1, note %2.</source>
        <translation>Цит. по: %1, примеч. %2.</translation>
    </message>
    <message>
        <source>Supplementary source, not from the book.</source>
        <translation>Дополнительный источник, не из книги.</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>книга</translation>
    </message>
    <message>
        <source>(n.d.). </source>
        <translation>(б. г.). </translation>
    </message>
    <message>
        <source>[Title as the book gives it]</source>
        <translation>[Название дано по книге]</translation>
    </message>
    <message>
        <source>(Cited in %1, note %2)</source>
        <translation>(Цит. по: %1, примеч. %2)</translation>
    </message>
    <message>
        <source>(Supplementary source, not from the book)</source>
        <translation>(Дополнительный источник, не из книги)</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in the book, note %1.</source>
        <translation>Название дано по книге. Цит. по книге, примеч. %1.</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in %1, %2 (%3), note %4.</source>
        <translation>Название дано по книге. Цит. по: %1, %2 (%3), примеч. %4.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Дата обращения: %1.</translation>
    </message>
    <message>
        <source>Retrieved %1, from</source>
        <translation>Дата обращения: %1, адрес:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The command.</source>
        <translation>Команда.</translation>
    </message>
    <message>
        <source>The dataset to check.</source>
        <translation>Проверяемый набор данных.</translation>
    </message>
    <message>
        <source>Language of the messages: en, fr, ru, kk or be.</source>
        <translation>Язык сообщений: en, fr, ru, kk или be.</translation>
    </message>
    <message>
        <source>usage: partnership-explorer validate FILE</source>
        <translation>использование: partnership-explorer validate FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tour (%n steps)</source>
        <translation>
            <numerusform>%1: корректный тур (%n шаг)</numerusform>
            <numerusform>%1: корректный тур (%n шага)</numerusform>
            <numerusform>%1: корректный тур (%n шагов)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 events, %3 observations, %4 ventures, %5 pairings, %6 places, %7 sources)</source>
        <translation>%1: корректен (событий: %2, наблюдений: %3, предприятий: %4, партнёрств: %5, мест: %6, источников: %7)</translation>
    </message>
    <message>
        <source>Language: en, fr, ru, kk or be.</source>
        <translation>Язык: en, fr, ru, kk или be.</translation>
    </message>
    <message>
        <source>Theme: light, dark or print.</source>
        <translation>Тема: light, dark или print.</translation>
    </message>
    <message>
        <source>Dataset file (default: the built-in dataset).</source>
        <translation>Файл набора данных (по умолчанию — встроенный набор данных).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Ширина в пикселях.</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>Высота в пикселях.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>неизвестный язык «%1»: ожидается en, fr, ru, kk или be</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;: expected light, dark or print</source>
        <translation>неизвестная тема «%1»: ожидается light, dark или print</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of pixels from %2 to %3, not &quot;%4&quot;</source>
        <translation>значение --%1 должно быть целым числом пикселей от %2 до %3, а не «%4»</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 — это папка</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>папка %1 не существует</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>нет прав на запись в папку %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>the dataset view is exported as &quot;datapackage&quot;, not &quot;%1&quot;</source>
        <translation>представление dataset экспортируется как &quot;datapackage&quot;, а не &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 does not apply: a data package holds the whole dataset</source>
        <translation>--%1 не применяется: пакет данных содержит весь набор данных</translation>
    </message>
    <message>
        <source>--tour and --view cannot be used together: a handout shows each step&apos;s view</source>
        <translation>--tour и --view нельзя использовать вместе: в раздаточном материале для каждого шага показывается его представление</translation>
    </message>
    <message>
        <source>missing --out; usage: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</source>
        <translation>не указан --out; использование: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</translation>
    </message>
    <message>
        <source>a handout is written as pdf, not as &quot;%1&quot;</source>
        <translation>раздаточный материал записывается в формате pdf, а не «%1»</translation>
    </message>
    <message>
        <source>Renders a view to a file without a display.
Views: %1.
The whole dataset as a Frictionless data package: --view dataset --format datapackage --out DIR.</source>
        <translation>Отрисовывает представление в файл без дисплея.
Представления: %1.
Весь набор данных как пакет данных Frictionless: --view dataset --format datapackage --out DIR.</translation>
    </message>
    <message>
        <source>The view to export.</source>
        <translation>Экспортируемое представление.</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv (datapackage for the dataset).</source>
        <translation>png, svg, pdf или csv (datapackage для набора данных).</translation>
    </message>
    <message>
        <source>The file to write (a folder for a data package).</source>
        <translation>Файл для записи (папка для пакета данных).</translation>
    </message>
    <message>
        <source>Pixel density of a PNG: 1 to 3.</source>
        <translation>Плотность пикселей PNG: от 1 до 3.</translation>
    </message>
    <message>
        <source>A CSV for Excel: a byte order mark and, in a language with decimal commas (fr, ru, kk, be), semicolons between fields and commas in numbers.</source>
        <translation>CSV для Excel: метка порядка байтов (BOM), а для языков с десятичной запятой (fr, ru, kk, be) — точки с запятой между полями и запятые в числах.</translation>
    </message>
    <message>
        <source>A tour to print as a handout, one page per step (--format pdf): the name of a built-in tour or a tour file.</source>
        <translation>Тур для печати в виде раздаточного материала, по одной странице на шаг (--format pdf): имя встроенного тура или файл тура.</translation>
    </message>
    <message>
        <source>missing --%1; usage: partnership-explorer export --view VIEW --format FMT --out FILE</source>
        <translation>не указан параметр --%1; использование: partnership-explorer export --view VIEW --format FMT --out FILE</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;: expected %2</source>
        <translation>неизвестное представление «%1»: ожидается %2</translation>
    </message>
    <message>
        <source>the %1 view cannot be exported as &quot;%2&quot;: expected %3</source>
        <translation>представление %1 нельзя экспортировать в формате «%2»: ожидается %3</translation>
    </message>
    <message>
        <source>--scale must be a number from 1 to 3, not &quot;%1&quot;</source>
        <translation>значение --scale должно быть числом от 1 до 3, а не «%1»</translation>
    </message>
    <message>
        <source>--series applies to the turnover view only, not to %1</source>
        <translation>параметр --series применим только к представлению turnover, а не к %1</translation>
    </message>
    <message>
        <source>--csv-excel applies to the csv format only, not to %1</source>
        <translation>параметр --csv-excel применим только к формату csv, а не к %1</translation>
    </message>
    <message>
        <source>Renders each main view to DIR/VIEW.png without a display.</source>
        <translation>Отрисовывает каждое основное представление в DIR/VIEW.png без вывода на экран.</translation>
    </message>
    <message>
        <source>Where to write the PNGs.</source>
        <translation>Папка для файлов PNG.</translation>
    </message>
    <message>
        <source>Presentation mode.</source>
        <translation>Режим презентации.</translation>
    </message>
    <message>
        <source>missing --out-dir; usage: partnership-explorer screenshot --out-dir DIR</source>
        <translation>не указан параметр --out-dir; использование: partnership-explorer screenshot --out-dir DIR</translation>
    </message>
    <message>
        <source>cannot write to the folder %1</source>
        <translation>не удаётся записать в папку %1</translation>
    </message>
    <message>
        <source>Prints the citation of a record, or the bibliography of what a view shows.
Styles: %1.</source>
        <translation>Выводит библиографическую ссылку на запись или список литературы по тому, что показывает представление.
Стили: %1.</translation>
    </message>
    <message>
        <source>The record to cite.</source>
        <translation>Запись для цитирования.</translation>
    </message>
    <message>
        <source>chicago, apa, gost, bibtex, ris or csl-json.</source>
        <translation>chicago, apa, gost, bibtex, ris или csl-json.</translation>
    </message>
    <message>
        <source>Cite every source of what this view shows.</source>
        <translation>Процитировать все источники того, что показывает это представление.</translation>
    </message>
    <message>
        <source>unknown style &quot;%1&quot;: expected %2</source>
        <translation>неизвестный стиль «%1»: ожидался %2</translation>
    </message>
    <message>
        <source>usage: partnership-explorer cite RECORD-ID [--style STYLE] or partnership-explorer cite --view VIEW [filters] [--style STYLE]</source>
        <translation>использование: partnership-explorer cite RECORD-ID [--style STYLE] или partnership-explorer cite --view VIEW [фильтры] [--style STYLE]</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>в наборе данных нет записи &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: expected one of %2, a file to open, or nothing to open the window (partnership-explorer --help lists them)</source>
        <translation>неизвестная команда «%1»: ожидалась одна из %2, файл, который нужно открыть, или ничего, чтобы открыть окно (список — partnership-explorer --help)</translation>
    </message>
    <message>
        <source>cannot write the citation to the standard output: %1</source>
        <translation>не удалось вывести ссылку в стандартный вывод: %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Supplementary (not from the book): %1 %2</source>
        <translation>Дополнительный источник (не из книги): %1 %2</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>источники</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>%1, note %2: %3</source>
        <translation>%1, сноска %2: %3</translation>
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
        <translation>Дополнительный источник (не из книги): %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>текст после закрывающей кавычки поля</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>кавычка внутри поля, которое не начинается с кавычки</translation>
    </message>
</context>
<context>
    <name>DataPackageReader</name>
    <message>
        <source>expected a &quot;resources&quot; array</source>
        <translation>ожидался массив &quot;resources&quot;</translation>
    </message>
    <message>
        <source>expected a resource with a &quot;name&quot; and a &quot;path&quot;</source>
        <translation>ожидался ресурс с &quot;name&quot; и &quot;path&quot;</translation>
    </message>
    <message>
        <source>expected a file name beside datapackage.json, found %1</source>
        <translation>ожидалось имя файла рядом с datapackage.json, найдено %1</translation>
    </message>
    <message>
        <source>the package has no resource %1</source>
        <translation>в пакете нет ресурса %1</translation>
    </message>
    <message>
        <source>is empty: expected a header row</source>
        <translation>пуст: ожидалась строка заголовков</translation>
    </message>
    <message>
        <source>unknown column %1; expected %2</source>
        <translation>неизвестный столбец %1; ожидались: %2</translation>
    </message>
    <message>
        <source>no column %1</source>
        <translation>нет столбца %1</translation>
    </message>
    <message>
        <source>expected %1 fields, as in the header, found %2</source>
        <translation>ожидалось %1 полей, как в заголовке, найдено %2</translation>
    </message>
    <message>
        <source>column %1: expected a whole number, found %2</source>
        <translation>столбец %1: ожидалось целое число, найдено %2</translation>
    </message>
    <message>
        <source>column %1: expected a number written with a point (1092.5), found %2</source>
        <translation>столбец %1: ожидалось число с точкой (1092.5), найдено %2</translation>
    </message>
    <message>
        <source>column %1: no record %2 in %3</source>
        <translation>столбец %1: нет записи %2 в %3</translation>
    </message>
    <message>
        <source>column %1: %2 is given twice for %3</source>
        <translation>столбец %1: %2 указано дважды для %3</translation>
    </message>
    <message>
        <source>expected a data package descriptor (an object)</source>
        <translation>ожидался дескриптор пакета данных (объект)</translation>
    </message>
    <message>
        <source>not a Partnership Explorer data package: expected a &quot;partnershipExplorer&quot; object with the schema version, title and metadata</source>
        <translation>не пакет данных Partnership Explorer: ожидался объект &quot;partnershipExplorer&quot; с версией схемы, названием и метаданными</translation>
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
        <translation>не удаётся создать папку %1</translation>
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
        <translation>строка</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>неподдерживаемое значение</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ожидался объект, найдено: %1</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>неизвестное поле %1</translation>
    </message>
    <message>
        <source>missing required field %1 (expected %2)</source>
        <translation>отсутствует обязательное поле %1 (ожидается: %2)</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>ожидалась строка, найдено: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>значение не может быть пустым</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>ожидалось целое число, найдено: %1</translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2 to %3</source>
        <translation>%1 вне допустимого диапазона: ожидается от %2 до %3</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>ожидалось число, найдено: %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>ожидалось конечное число</translation>
    </message>
    <message>
        <source>%1 is out of range: expected a value of at least %2</source>
        <translation>%1 вне допустимого диапазона: ожидается значение не меньше %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>одно из значений: %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 не входит в число допустимых значений: %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>ожидался массив, найдено: %1</translation>
    </message>
    <message>
        <source>expected a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), found %1</source>
        <translation>ожидался текст на трёх языках ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), найдено: %1</translation>
    </message>
    <message>
        <source>a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</source>
        <translation>текст на трёх языках ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</translation>
    </message>
    <message>
        <source>an array of texts</source>
        <translation>массив текстов</translation>
    </message>
    <message>
        <source>an array of ids</source>
        <translation>массив идентификаторов</translation>
    </message>
    <message>
        <source>expected an id (a string), found %1</source>
        <translation>ожидался идентификатор (строка), найдено: %1</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>требуется хотя бы один источник</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation>повторяющийся идентификатор %1 (уже используется в %2)</translation>
    </message>
    <message>
        <source>%1, %2 lies outside %3</source>
        <translation>координаты %1, %2 лежат за пределами страны (%3)</translation>
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
        <source>the period ends (month %1) before it starts (month %2)</source>
        <translation>период заканчивается (месяц %1) раньше, чем начинается (месяц %2)</translation>
    </message>
    <message>
        <source>a regional figure needs at least one place</source>
        <translation>для регионального показателя нужно указать хотя бы одно место</translation>
    </message>
    <message>
        <source>%1 is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 не является датой: ожидается ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>даты %1 не существует</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источника</translation>
    </message>
    <message>
        <source>place</source>
        <translation>места</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>наблюдения</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>предприятия</translation>
    </message>
    <message>
        <source>pairing</source>
        <translation>партнёрства</translation>
    </message>
    <message>
        <source>unknown %1 id %2</source>
        <translation>неизвестный идентификатор %1 %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>файл пуст; ожидался объект JSON</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is refused</source>
        <translation>глубина вложенности больше %1 не допускается</translation>
    </message>
    <message>
        <source>broken JSON: %1</source>
        <translation>ошибка в JSON: %1</translation>
    </message>
    <message>
        <source>cannot be parsed: %1</source>
        <translation>не удаётся разобрать: %1</translation>
    </message>
    <message>
        <source>more problems were found; only the first %1 are listed</source>
        <translation>найдены и другие проблемы; показаны только первые %1</translation>
    </message>
    <message>
        <source>schema version %1 is not supported (expected %2 to %3)</source>
        <translation>версия схемы %1 не поддерживается (ожидается от %2 до %3)</translation>
    </message>
    <message>
        <source>%1 ends before it begins (%2)</source>
        <translation>период заканчивается (%1) раньше, чем начинается (%2)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>массив строк</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 раньше, чем %2</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>источника</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>места</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>наблюдения</translation>
    </message>
    <message>
        <source>a venture</source>
        <translation>предприятия</translation>
    </message>
    <message>
        <source>a pairing</source>
        <translation>партнёрства</translation>
    </message>
    <message>
        <source>event</source>
        <translation>события</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>события</translation>
    </message>
    <message>
        <source>%1 is not the id of %2</source>
        <translation>%1 не является идентификатором %2</translation>
    </message>
    <message>
        <source>expected the day the page was read (YYYY-MM-DD), found %1</source>
        <translation>ожидалась дата обращения к странице (ГГГГ-ММ-ДД), найдено %1</translation>
    </message>
    <message>
        <source>only a growth figure says what grew</source>
        <translation>только показатель роста указывает, что выросло</translation>
    </message>
    <message>
        <source>expected &quot;turnover&quot;, &quot;exports&quot; or &quot;imports&quot;</source>
        <translation>ожидалось «turnover», «exports» или «imports»</translation>
    </message>
    <message>
        <source>the file ends before the JSON does: a closing bracket, brace or quote is missing</source>
        <translation>файл заканчивается раньше, чем JSON: не хватает закрывающей скобки или кавычки</translation>
    </message>
    <message>
        <source>this is not UTF-8 text: save the file as UTF-8</source>
        <translation>это не текст в UTF-8: сохраните файл в кодировке UTF-8</translation>
    </message>
    <message>
        <source>a line break or a control character inside quotes: write a line break as \n</source>
        <translation>перевод строки или управляющий символ внутри кавычек: перевод строки записывается как 
</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>текст в кавычках не закрыт</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know: write \\ for a backslash</source>
        <translation>обратная косая черта начинает неизвестную JSON последовательность: саму черту пишите как \</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>число записано неправильно</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>после конца документа есть что-то ещё</translation>
    </message>
    <message>
        <source>a comma before a closing brace or bracket: JSON allows no comma after the last item</source>
        <translation>запятая перед закрывающей скобкой: JSON не допускает запятой после последнего элемента</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>ожидалось имя поля в кавычках</translation>
    </message>
    <message>
        <source>expected a colon (:) after the field name</source>
        <translation>после имени поля ожидалось двоеточие (:)</translation>
    </message>
    <message>
        <source>expected a comma or a closing brace after the value: is a comma missing?</source>
        <translation>после значения ожидалась запятая или закрывающая фигурная скобка: не пропущена ли запятая?</translation>
    </message>
    <message>
        <source>expected a comma or a closing bracket after the value: is a comma missing?</source>
        <translation>после значения ожидалась запятая или закрывающая квадратная скобка: не пропущена ли запятая?</translation>
    </message>
    <message>
        <source>a word JSON does not know: texts take double quotes, and true, false and null are written in lower case</source>
        <translation>слово, которого JSON не знает: текст берётся в кавычки, а true, false и null пишутся строчными буквами</translation>
    </message>
    <message>
        <source>the JSON cannot be read here</source>
        <translation>в этом месте JSON не читается</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file</source>
        <translation>в файле есть нулевые байты: это не текстовый файл</translation>
    </message>
    <message>
        <source>the key %1 is given twice in this object; the later value would replace the earlier one</source>
        <translation>ключ %1 указан в этом объекте дважды; второе значение заменило бы первое</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2 are allowed</source>
        <translation>слишком длинно: %1 символов, допускается не больше %2</translation>
    </message>
    <message>
        <source>too many: %1 items, at most %2 are allowed</source>
        <translation>слишком много элементов: %1, допускается не больше %2</translation>
    </message>
    <message>
        <source>%1 is not a web address: expected http:// or https:// (or an address printed without one, such as www.example.org/page)</source>
        <translation>%1 — не веб-адрес: ожидается http:// или https:// (или адрес, напечатанный без них, например www.example.org/page)</translation>
    </message>
    <message>
        <source>the parents of %1 lead back to it: %2</source>
        <translation>родительские места %1 ведут обратно к нему: %2</translation>
    </message>
    <message>
        <source>more than %1 places above %2</source>
        <translation>над %2 больше %1 мест</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Belarus and Kazakhstan: thirty years of partnership</source>
        <translation>Беларусь и Казахстан: тридцать лет партнёрства</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>График товарооборота</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan trade turnover</source>
        <translation>Товарооборот Беларуси и Казахстана</translation>
    </message>
    <message>
        <source>US$ million, as reported by each side; part-year and approximate values marked; gaps are years with no figure</source>
        <translation>Млн долл. США, по данным каждой из сторон; значения за часть года и приблизительные значения отмечены; разрывы — годы без данных</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Диаграмма торговли регионов</translation>
    </message>
    <message>
        <source>Trade of Belarusian and Kazakh regions with the partner country</source>
        <translation>Торговля белорусских и казахстанских регионов со страной-партнёром</translation>
    </message>
    <message>
        <source>US$ million, figures the book gives per oblast or region</source>
        <translation>Млн долл. США, данные книги по областям и регионам</translation>
    </message>
    <message>
        <source>Venture output chart</source>
        <translation>Диаграмма выпуска продукции предприятий</translation>
    </message>
    <message>
        <source>Output of Belarusian–Kazakh assembly plants</source>
        <translation>Выпуск продукции белорусско-казахстанских сборочных производств</translation>
    </message>
    <message>
        <source>Units produced or delivered per year, as the book reports them</source>
        <translation>Единицы продукции, выпущенные или поставленные за год, по данным книги</translation>
    </message>
    <message>
        <source>Region pairings table</source>
        <translation>Таблица партнёрств регионов</translation>
    </message>
    <message>
        <source>Partnerships between Belarusian and Kazakh regions, cities and institutions</source>
        <translation>Партнёрство белорусских и казахстанских регионов, городов и организаций</translation>
    </message>
    <message>
        <source>Joint ventures table</source>
        <translation>Таблица совместных предприятий</translation>
    </message>
    <message>
        <source>Belarusian–Kazakh joint ventures and assembly plants</source>
        <translation>Белорусско-казахстанские совместные предприятия и сборочные производства</translation>
    </message>
    <message>
        <source>Sources table</source>
        <translation>Таблица источников</translation>
    </message>
    <message>
        <source>Sources: the book&apos;s footnotes and supplementary pages</source>
        <translation>Источники: сноски книги и дополнительные веб-страницы</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>по запросу «%1»</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Фильтры: %1</translation>
    </message>
    <message>
        <source>from the book only</source>
        <translation>только из книги</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan partnerships and joint ventures on the map</source>
        <translation>Партнёрства и совместные предприятия Беларуси и Казахстана</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>size %1×%2 is out of range: each side must be %3 to %4 pixels</source>
        <translation>размер %1×%2 вне допустимого диапазона: каждая сторона должна быть от %3 до %4 пикс.</translation>
    </message>
    <message>
        <source>scale %1 is out of range: expected 1 to 3</source>
        <translation>масштаб %1 вне допустимого диапазона: ожидается от 1 до 3</translation>
    </message>
    <message>
        <source>cannot encode the PNG image: %1</source>
        <translation>не удаётся закодировать изображение PNG: %1</translation>
    </message>
    <message>
        <source>cannot draw the SVG image</source>
        <translation>не удаётся отрисовать изображение SVG</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>не удаётся начать отрисовку PDF</translation>
    </message>
    <message>
        <source>%1 is not a picture format</source>
        <translation>%1 не является форматом изображения</translation>
    </message>
    <message>
        <source>cannot draw the PDF</source>
        <translation>не удалось построить PDF</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>First year shown, %1 to %2 (default: no limit).</source>
        <translation>Первый отображаемый год, от %1 до %2 (по умолчанию — без ограничений).</translation>
    </message>
    <message>
        <source>Last year shown, %1 to %2 (default: no limit).</source>
        <translation>Последний отображаемый год, от %1 до %2 (по умолчанию — без ограничений).</translation>
    </message>
    <message>
        <source>A place id of the dataset (a country, region or city): its records and those of the places within it.</source>
        <translation>Идентификатор места из набора данных (страны, региона или города): его записи и записи входящих в него мест.</translation>
    </message>
    <message>
        <source>Event categories, comma-separated: %1.</source>
        <translation>Категории событий через запятую: %1.</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them: %1.</source>
        <translation>Отрасль предприятий, показателей и связанных с ними событий: %1.</translation>
    </message>
    <message>
        <source>Only records matching this text, as the search box.</source>
        <translation>Только записи, соответствующие этому тексту, как в поле поиска.</translation>
    </message>
    <message>
        <source>book: the book&apos;s records only; all (default): supplementary figures too.</source>
        <translation>book: только записи из книги; all (по умолчанию): также дополнительные данные.</translation>
    </message>
    <message>
        <source>The turnover view&apos;s lines, comma-separated: %1, each for both sides or with -by or -kz (default: turnover).</source>
        <translation>Линии представления turnover через запятую: %1; каждая — для обеих сторон или с суффиксом -by или -kz (по умолчанию — turnover).</translation>
    </message>
    <message>
        <source>--%1 must be a year from %2 to %3, not &quot;%4&quot;</source>
        <translation>значение --%1 должно быть годом от %2 до %3, а не «%4»</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the first year must not be after the last</source>
        <translation>--from %1 позже, чем --to %2: первый год не может быть позже последнего</translation>
    </message>
    <message>
        <source>--category must be one or more of %1 (comma-separated), not &quot;%2&quot;</source>
        <translation>значение --category должно быть одним или несколькими из %1 (через запятую), а не «%2»</translation>
    </message>
    <message>
        <source>--sector must be one of %1, not &quot;%2&quot;</source>
        <translation>значение --sector должно быть одним из %1, а не «%2»</translation>
    </message>
    <message>
        <source>--sources must be book or all, not &quot;%1&quot;</source>
        <translation>значение --sources должно быть book или all, а не «%1»</translation>
    </message>
    <message>
        <source>--series: %1</source>
        <translation>--series: %1</translation>
    </message>
    <message>
        <source>--place &quot;%1&quot; is not a place of the dataset: expected %2 or a city&apos;s id</source>
        <translation>--place «%1» — такого места нет в наборе данных: ожидается %2 или идентификатор города</translation>
    </message>
</context>
<context>
    <name>MapExportSource</name>
    <message>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation>ID записей</translation>
    </message>
    <message>
        <source>Partnerships with a side that names no place</source>
        <translation>Партнёрства, в которых одна из сторон не указывает места</translation>
    </message>
    <message>
        <source>Joint ventures that name no town or region</source>
        <translation>Совместные предприятия без указания города или области</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n партнёрство</numerusform>
            <numerusform>%n партнёрства</numerusform>
            <numerusform>%n партнёрств</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s)</source>
        <translation>
            <numerusform>%n совместное предприятие</numerusform>
            <numerusform>%n совместных предприятия</numerusform>
            <numerusform>%n совместных предприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>; regions shaded by their partnerships</source>
        <translation>; регионы окрашены по числу партнёрств</translation>
    </message>
    <message>
        <source>Arcs join the places the two sides of a partnership name; arcs to a region meet at its centre. Belarus is drawn at a larger scale than Kazakhstan.</source>
        <translation>Дуги соединяют места, которые называют обе стороны партнёрства; дуги, ведущие к области, сходятся в её центре. Беларусь показана в более крупном масштабе, чем Казахстан.</translation>
    </message>
    <message>
        <source>Regions as before 2018 (Natural Earth): %1.</source>
        <translation>Границы областей — до 2018 года (Natural Earth): %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Places carry the names the dataset gives them today: it gives former names without dates.</source>
        <translation>Места подписаны нынешними названиями из набора данных: прежние названия в нём даны без дат.</translation>
    </message>
    <message>
        <source>Map of Belarus and Kazakhstan by region: no partnership or joint venture matches the filters.</source>
        <translation>Карта Беларуси и Казахстана по регионам: ни одно партнёрство и ни одно совместное предприятие не соответствует фильтрам.</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s)</source>
        <translation>
            <numerusform>Карта Беларуси и Казахстана по регионам: %n партнёрство</numerusform>
            <numerusform>Карта Беларуси и Казахстана по регионам: %n партнёрства</numerusform>
            <numerusform>Карта Беларуси и Казахстана по регионам: %n партнёрств</numerusform>
        </translation>
    </message>
    <message>
        <source>, most in %1 (%2)</source>
        <translation>, больше всего — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n drawn as arcs between the partners&apos; places</source>
        <translation>
            <numerusform>; %n показано дугой между местами партнёров</numerusform>
            <numerusform>; %n показаны дугами между местами партнёров</numerusform>
            <numerusform>; %n показаны дугами между местами партнёров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n joint venture(s)</source>
        <translation>
            <numerusform>; %n совместное предприятие</numerusform>
            <numerusform>; %n совместных предприятия</numerusform>
            <numerusform>; %n совместных предприятий</numerusform>
        </translation>
    </message>
    <message>
        <source>, most at %1 (%2)</source>
        <translation>, больше всего — %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s) and their arcs, </source>
        <translation>
            <numerusform>Карта Беларуси и Казахстана по регионам: %n партнёрство и его дуга, </numerusform>
            <numerusform>Карта Беларуси и Казахстана по регионам: %n партнёрства и их дуги, </numerusform>
            <numerusform>Карта Беларуси и Казахстана по регионам: %n партнёрств и их дуги, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) as pins.</source>
        <translation>
            <numerusform>%n совместное предприятие в виде метки.</numerusform>
            <numerusform>%n совместных предприятия в виде меток.</numerusform>
            <numerusform>%n совместных предприятий в виде меток.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Partnerships per region: %1.</source>
        <translation>Партнёрства по регионам: %1.</translation>
    </message>
    <message>
        <source>Arcs: %1.</source>
        <translation>Дуги: %1.</translation>
    </message>
    <message>
        <source>Joint ventures per place: %1.</source>
        <translation>Совместные предприятия по местам: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) with a side that names no place are counted in their regions but not drawn as arcs.</source>
        <translation>
            <numerusform>%n партнёрство, в котором одна из сторон не указывает места, учтено в своей области, но не показано дугой.</numerusform>
            <numerusform>%n партнёрства, в которых одна из сторон не указывает места, учтены в своих областях, но не показаны дугами.</numerusform>
            <numerusform>%n партнёрств, в которых одна из сторон не указывает места, учтены в своих областях, но не показаны дугами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) that name(s) no town or region have no pin.</source>
        <translation>
            <numerusform>%n совместное предприятие без указания города или области не отмечено меткой.</numerusform>
            <numerusform>%n совместных предприятия без указания города или области не отмечены метками.</numerusform>
            <numerusform>%n совместных предприятий без указания города или области не отмечены метками.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Монголия</translation>
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
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Туркменистан</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Киргизия</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <translation>Каспийское море</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Чёрное море</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>%1 (enlarged ×%2)</source>
        <translation>%1 (увеличено ×%2)</translation>
    </message>
    <message>
        <source>Boundaries: %1</source>
        <translation>Границы: %1</translation>
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
        <translation>столица</translation>
    </message>
    <message>
        <source>town or district</source>
        <translation>город или район</translation>
    </message>
    <message>
        <source>region&apos;s centre</source>
        <translation>центр области</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Партнёрства по регионам</translation>
    </message>
    <message>
        <source>Partnerships between places</source>
        <translation>Партнёрства между местами</translation>
    </message>
    <message>
        <source>Joint ventures and plants</source>
        <translation>Совместные предприятия и заводы</translation>
    </message>
    <message>
        <source>in a town (number: how many)</source>
        <translation>в городе (число — сколько)</translation>
    </message>
    <message>
        <source>only the region is known</source>
        <translation>известна только область</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s): a side names no place</source>
        <translation>
            <numerusform>%n партнёрство: одна сторона не указывает места</numerusform>
            <numerusform>%n партнёрства: одна сторона не указывает места</numerusform>
            <numerusform>%n партнёрств: одна сторона не указывает места</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s): no town or region given</source>
        <translation>
            <numerusform>%n совместное предприятие: не указан ни город, ни область</numerusform>
            <numerusform>%n совместных предприятия: не указан ни город, ни область</numerusform>
            <numerusform>%n совместных предприятий: не указан ни город, ни область</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Не показаны на карте</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>No partnerships or ventures match the current filters</source>
        <translation>Ни одно партнёрство или предприятие не соответствует фильтрам</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (включая: %2)</translation>
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
            <numerusform>%1: %n партнёрство</numerusform>
            <numerusform>%1: %n партнёрства</numerusform>
            <numerusform>%1: %n партнёрств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partnership(s) between them</source>
        <translation>
            <numerusform>%1: %n партнёрство между ними</numerusform>
            <numerusform>%1: %n партнёрства между ними</numerusform>
            <numerusform>%1: %n партнёрств между ними</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, town not given: %n joint venture(s)</source>
        <translation>
            <numerusform>%1, город не указан: %n совместное предприятие</numerusform>
            <numerusform>%1, город не указан: %n совместных предприятия</numerusform>
            <numerusform>%1, город не указан: %n совместных предприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n joint venture(s)</source>
        <translation>
            <numerusform>%1: %n совместное предприятие</numerusform>
            <numerusform>%1: %n совместных предприятия</numerusform>
            <numerusform>%1: %n совместных предприятий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>none</source>
        <translation>нет</translation>
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
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>на диске не осталось места</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>превышена дисковая квота</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>не указано имя файла</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which does not exist</source>
        <translation>не удалось записать %1: это ссылка на %2, которого не существует</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which is %3, not a regular file</source>
        <translation>не удалось записать %1: это ссылка на %2, а это %3, не обычный файл</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, a file that belongs to another user</source>
        <translation>не удалось записать %1: это ссылка на %2, файл другого пользователя</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a regular file</source>
        <translation>не удалось записать %1: это %2, а не обычный файл</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: cannot keep a copy of the file it replaces</source>
        <translation>не удалось записать %1: не удалось сохранить копию заменяемого файла</translation>
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
        <translation>Дополнительные данные, не из книги</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Книга, сноска %1</translation>
    </message>
    <message>
        <source>Supplementary, not from the book</source>
        <translation>Дополнительный источник, не из книги</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Связанные записи</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>весь год</translation>
    </message>
    <message>
        <source>Figure (supplementary)</source>
        <translation>Показатель (дополнительные данные)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>The sources give another value</source>
        <translation>В источниках приводится другое значение</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1 г.</translation>
    </message>
    <message>
        <source>Joint venture or project</source>
        <translation>Совместное предприятие или проект</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Продукция</translation>
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
        <translation>%1 ед.</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1 млн долл. США</translation>
    </message>
    <message>
        <source>investment US$ %1 M</source>
        <translation>инвестиции: %1 млн долл. США</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>рабочих мест: %1</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 м²</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Основные этапы</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Партнёрство</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Направления сотрудничества</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>В этом месте</translation>
    </message>
    <message>
        <source>Source: book note %1</source>
        <translation>Источник: сноска %1 в книге</translation>
    </message>
    <message>
        <source>Source: supplementary page</source>
        <translation>Источник: дополнительная веб-страница</translation>
    </message>
    <message>
        <source>Records citing it</source>
        <translation>Записи, ссылающиеся на источник</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Ventures started</source>
        <translation>Созданные предприятия</translation>
    </message>
    <message>
        <source>Partnerships signed</source>
        <translation>Подписанные соглашения о партнёрстве</translation>
    </message>
    <message>
        <source>The dataset has nothing dated in this year.</source>
        <translation>В наборе данных нет записей, относящихся к этому году.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>%1, note %2</source>
        <translation>%1, сноска %2</translation>
    </message>
    <message>
        <source>Told differently elsewhere</source>
        <translation>В другом месте изложено иначе</translation>
    </message>
    <message>
        <source>Based in %1</source>
        <translation>Расположены: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file: only regular files are read</source>
        <translation>это именованный канал (FIFO), а не файл: читаются только обычные файлы</translation>
    </message>
    <message>
        <source>is a device, not a file: only regular files are read</source>
        <translation>это устройство, а не файл: читаются только обычные файлы</translation>
    </message>
    <message>
        <source>is a socket, not a file: only regular files are read</source>
        <translation>это сокет, а не файл: читаются только обычные файлы</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <source>the file holds %1; files larger than %2 are refused</source>
        <translation>размер файла — %1; файлы больше %2 не принимаются</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 МиБ</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>файл не найден</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>supplementary figures, not from the book: %1</source>
        <translation>дополнительные данные не из книги: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Made with Partnership Explorer.</source>
        <translation>Создано в Partnership Explorer.</translation>
    </message>
    <message>
        <source>Source: %1, note %2</source>
        <translation>Источник: %1, сноска %2</translation>
    </message>
    <message>
        <source>Source: %1, notes %2</source>
        <translation>Источник: %1, сноски %2</translation>
    </message>
</context>
<context>
    <name>TableExportSource</name>
    <message numerus="yes">
        <source>A table of %n record(s).</source>
        <translation>
            <numerusform>Таблица: %n запись.</numerusform>
            <numerusform>Таблица: %n записи.</numerusform>
            <numerusform>Таблица: %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExportSource</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>, by category</source>
        <translation>, по категориям</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Нет событий, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</source>
        <translation>
            <numerusform>Хронология партнёрства Беларуси и Казахстана: %n событие с %1 (%2) по %3 (%4), по дорожкам категорий (%5).</numerusform>
            <numerusform>Хронология партнёрства Беларуси и Казахстана: %n события с %1 (%2) по %3 (%4), по дорожкам категорий (%5).</numerusform>
            <numerusform>Хронология партнёрства Беларуси и Казахстана: %n событий с %1 (%2) по %3 (%4), по дорожкам категорий (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourHandout</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Вопрос: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>the tour has no step</source>
        <translation>в туре нет ни одного шага</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>не удаётся начать отрисовку PDF</translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>expected a JSON object</source>
        <translation>ожидался объект JSON</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>ожидается &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is not supported; expected %2</source>
        <translation>версия %1 не поддерживается; ожидается %2</translation>
    </message>
    <message>
        <source>expected an array of at least one step</source>
        <translation>ожидался массив хотя бы из одного шага</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>неизвестное поле &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>отсутствует поле &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>ожидался текст</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <source>expected a year from %1 to %2</source>
        <translation>ожидается год от %1 до %2</translation>
    </message>
    <message>
        <source>expected an object of texts in en, fr and ru</source>
        <translation>ожидался объект с текстами на en, fr и ru</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>в наборе данных нет записи &quot;%1&quot;</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; is not shown in the %2 view; expected one of: %3</source>
        <translation>запись &quot;%1&quot; не отображается в представлении %2; ожидается одно из значений: %3</translation>
    </message>
    <message>
        <source>expected a step object</source>
        <translation>ожидался объект шага</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; expected one of: %2</source>
        <translation>неизвестное представление &quot;%1&quot;; ожидается одно из значений: %2</translation>
    </message>
    <message>
        <source>expected {&quot;from&quot;: YEAR, &quot;to&quot;: YEAR}</source>
        <translation>ожидается {&quot;from&quot;: ГОД, &quot;to&quot;: ГОД}</translation>
    </message>
    <message>
        <source>the years are in the wrong order</source>
        <translation>годы указаны в неправильном порядке</translation>
    </message>
    <message>
        <source>expected both &quot;from&quot; and &quot;to&quot;</source>
        <translation>ожидаются оба поля: &quot;from&quot; и &quot;to&quot;</translation>
    </message>
    <message>
        <source>expected {&quot;year&quot;: YEAR}</source>
        <translation>ожидается {&quot;year&quot;: ГОД}</translation>
    </message>
    <message>
        <source>expected the ids of the sources the caption relies on</source>
        <translation>ожидаются идентификаторы источников, на которые опирается подпись</translation>
    </message>
    <message>
        <source>expected a source id</source>
        <translation>ожидался идентификатор источника</translation>
    </message>
    <message>
        <source>no source &quot;%1&quot; in the dataset</source>
        <translation>в наборе данных нет источника &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected {&quot;record&quot;: ID, &quot;prompt&quot;: TEXTS}</source>
        <translation>ожидается {&quot;record&quot;: ID, &quot;prompt&quot;: ТЕКСТЫ}</translation>
    </message>
    <message>
        <source>expected a filter object</source>
        <translation>ожидался объект фильтра</translation>
    </message>
    <message>
        <source>no place &quot;%1&quot; in the dataset</source>
        <translation>в наборе данных нет места &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of: %2</source>
        <translation>неизвестная категория &quot;%1&quot;; ожидается одно из значений: %2</translation>
    </message>
    <message>
        <source>unknown sector &quot;%1&quot;; expected one of: %2</source>
        <translation>неизвестная отрасль &quot;%1&quot;; ожидается одно из значений: %2</translation>
    </message>
    <message>
        <source>expected &quot;book&quot; or &quot;all&quot;</source>
        <translation>ожидается &quot;book&quot; или &quot;all&quot;</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>expected a text in at least one of en, fr and ru</source>
        <translation>ожидался текст хотя бы на одном из языков: en, fr, ru</translation>
    </message>
</context>
<context>
    <name>TradeSeriesChoice</name>
    <message>
        <source>unknown series &quot;%1&quot;: expected a comma-separated list of %2</source>
        <translation>неизвестный ряд «%1»: ожидается список через запятую из %2</translation>
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
        <translation>График торговли: нет торговых данных, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2.</source>
        <translation>Линейный график торговли Беларуси и Казахстана в млн долл. США, %1–%2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, from the book: %n figure(s), from %2 in %3 to %4 in %5; peak %6 in %7.</source>
        <translation>
            <numerusform>%1, по данным книги: %n значение, от %2 в %3 г. до %4 в %5 г.; максимум — %6 в %7 г.</numerusform>
            <numerusform>%1, по данным книги: %n значения, от %2 в %3 г. до %4 в %5 г.; максимум — %6 в %7 г.</numerusform>
            <numerusform>%1, по данным книги: %n значений, от %2 в %3 г. до %4 в %5 г.; максимум — %6 в %7 г.</numerusform>
        </translation>
    </message>
    <message>
        <source>No full-year figure for %1: the lines are broken there, never interpolated.</source>
        <translation>Нет данных за полный год: %1; здесь линии прерываются, интерполяция не применяется.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Supplementary figures for %1 are marked apart: they come from public news pages, not from the book.</source>
        <translation>Дополнительные данные за %1 отмечены отдельно: они взяты из открытых новостных источников, а не из книги.</translation>
    </message>
    <message>
        <source>Part-year figures, not comparable with full years: %1.</source>
        <translation>Данные за часть года, не сопоставимые с данными за полный год: %1.</translation>
    </message>
    <message>
        <source>Marked: the %1 record, %2.</source>
        <translation>Отмечено: рекорд %1 года, %2.</translation>
    </message>
    <message>
        <source>Marked: %1, the first year above US$ 1 billion (%2).</source>
        <translation>Отмечено: %1 — первый год, когда показатель превысил 1 млрд долл. США (%2).</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Отмечено: %1.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2: %3.</source>
        <translation>Линейный график торговли Беларуси и Казахстана в млн долл. США, %1–%2: %3.</translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5.</source>
        <translation>%1: от %2 в %3 г. до %4 в %5 г.</translation>
    </message>
    <message>
        <source>Record in %1, %2, the first year above US$ 1 billion.</source>
        <translation>Рекорд в %1 г., %2, — первый год выше 1 млрд долл. США.</translation>
    </message>
    <message>
        <source>Record in %1, %2.</source>
        <translation>Рекорд в %1 г., %2.</translation>
    </message>
    <message>
        <source>No full-year figure for %1.</source>
        <translation>Нет данных за полный год: %1.</translation>
    </message>
    <message>
        <source>%1 (Belarusian figures)</source>
        <comment>indicator, as Belarusian statistics give it</comment>
        <translation>%1 (данные Беларуси)</translation>
    </message>
    <message>
        <source>%1 (Kazakh figures)</source>
        <comment>indicator, as Kazakh statistics give it</comment>
        <translation>%1 (данные Казахстана)</translation>
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
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Торговля</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Промышленность</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Строительство</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Наука</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здравоохранение</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергетика</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Сельское хозяйство и продовольствие</translation>
    </message>
    <message>
        <source>Agricultural machinery</source>
        <translation>Сельхозтехника</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Автомобильная техника</translation>
    </message>
    <message>
        <source>Mining machinery</source>
        <translation>Горная техника</translation>
    </message>
    <message>
        <source>Machine building</source>
        <translation>Машиностроение</translation>
    </message>
    <message>
        <source>Petrochemistry</source>
        <translation>Нефтехимия</translation>
    </message>
    <message>
        <source>Wood products</source>
        <translation>Деревообработка</translation>
    </message>
    <message>
        <source>Light industry</source>
        <translation>Лёгкая промышленность</translation>
    </message>
    <message>
        <source>Pharmaceuticals and veterinary</source>
        <translation>Фармацевтика и ветеринария</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Транспорт и логистика</translation>
    </message>
    <message>
        <source>IT and digital</source>
        <translation>ИТ и цифровизация</translation>
    </message>
    <message>
        <source>Aerospace and drones</source>
        <translation>Авиакосмическая отрасль и беспилотники</translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation>Торговля и услуги</translation>
    </message>
    <message>
        <source>Industrial parks</source>
        <translation>Индустриальные парки</translation>
    </message>
    <message>
        <source>Education and science</source>
        <translation>Образование и наука</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>Belarusian exports</source>
        <translation>Экспорт Беларуси</translation>
    </message>
    <message>
        <source>Belarusian imports</source>
        <translation>Импорт Беларуси</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>приблизительно</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>более</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>менее</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>факт</translation>
    </message>
    <message>
        <source>target</source>
        <translation>целевой показатель</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>прогноз</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Страна в целом</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Планируется</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Работает</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Университет</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Cultural centre</source>
        <translation>Культурный центр</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Меморандум</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>торговля</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>промышленность</translation>
    </message>
    <message>
        <source>agriculture</source>
        <translation>сельское хозяйство</translation>
    </message>
    <message>
        <source>education</source>
        <translation>образование</translation>
    </message>
    <message>
        <source>science</source>
        <translation>наука</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>культура</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>туризм</translation>
    </message>
    <message>
        <source>health</source>
        <translation>здравоохранение</translation>
    </message>
    <message>
        <source>construction</source>
        <translation>строительство</translation>
    </message>
    <message>
        <source>media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>молодёжная политика</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>спорт</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>транспорт</translation>
    </message>
    <message>
        <source>humanitarian ties</source>
        <translation>гуманитарные связи</translation>
    </message>
    <message>
        <source>Belarusian figures</source>
        <translation>Данные Беларуси</translation>
    </message>
    <message>
        <source>Kazakh figures</source>
        <translation>Данные Казахстана</translation>
    </message>
    <message>
        <source>Side not stated</source>
        <translation>Сторона не указана</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>I кв.</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>I полуг.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>month range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1 млн долл. США</translation>
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
        <translation>Рост белорусского экспорта</translation>
    </message>
    <message>
        <source>Growth of Belarusian imports</source>
        <translation>Рост белорусского импорта</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Checks a dataset file against the schema (docs/dataset.md), or a tour
file (docs/tours.md) against the built-in dataset.
Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage.</source>
        <translation>Проверяет файл набора данных на соответствие схеме (docs/dataset.md) или файл
тура (docs/tours.md) на соответствие встроенному набору данных.
Код возврата: 0 — файл корректен, 1 — файл некорректен, 2 — файл не читается или команда задана неверно.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this dataset file.</source>
        <translation>Открыть указанный файл набора данных.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, ru, kk or be.</source>
        <translation>Язык интерфейса: en, fr, ru, kk или be.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>неизвестный язык «%1»: ожидается en, fr, ru, kk или be</translation>
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
        <translation>Тридцать лет партнёрства Беларуси и Казахстана.

Команды:
  validate FILE              проверить набор данных (код 0 — корректен, 1 — некорректен, 2 — не читается)
  export --view VIEW --format FMT --out FILE [--width PX --height PX --scale N]
         [--lang L] [--theme light|dark|print] [--dataset FILE]
         [--from YEAR --to YEAR --place ID --category C --sector S
          --search TEXT --sources book|all] [--series LIST] [--csv-excel]
                             отрисовать представление без вывода на экран,
                             с фильтрами, как в окне
  export --tour NAME|FILE --format pdf --out FILE [--lang L] [--dataset FILE]
                             напечатать тур как раздаточный материал, по странице на шаг
  cite RECORD-ID [--style chicago|apa|gost|bibtex|ris|csl-json] [--lang L]
  cite --view VIEW [фильтры команды export] [--style S]
                             вывести ссылку на запись или список литературы представления
  screenshot --out-dir DIR [--lang L] [--theme T] [--present]
         [фильтры команды export]
                             отрисовать каждое основное представление в DIR/VIEW.png
У каждой команды есть параметр --help.</translation>
    </message>
    <message>
        <source>A dataset or a tour to open (a file manager passes the file opened with the app).</source>
        <translation>Набор данных или тур, который нужно открыть (так файловый менеджер передаёт файл, открываемый приложением).</translation>
    </message>
    <message>
        <source>open one FILE at a time</source>
        <translation>открывайте по одному FILE</translation>
    </message>
    <message>
        <source>Forget every remembered setting (window, language, recent files, export choices) before starting.</source>
        <translation>Забыть все сохранённые настройки (окно, язык, недавние файлы, параметры экспорта) перед запуском.</translation>
    </message>
</context>
<context>
    <name>pe::DataChartView</name>
    <message>
        <source>Book, %1</source>
        <translation>Книга, %1</translation>
    </message>
    <message>
        <source>Supplementary (not from the book)</source>
        <translation>Дополнительный источник (не из книги)</translation>
    </message>
    <message>
        <source>Supplementary: %1 (not from the book)</source>
        <translation>Дополнительный источник: %1 (не из книги)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value (US$ million)</source>
        <translation>Значение (млн долл. США)</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>весь год</translation>
    </message>
    <message>
        <source>supplementary (not from the book)</source>
        <translation>дополнительные данные (не из книги)</translation>
    </message>
    <message>
        <source>book</source>
        <translation>книга</translation>
    </message>
</context>
<context>
    <name>pe::DatasetModel</name>
    <message numerus="yes">
        <source>note %1</source>
        <comment>book footnote(s)</comment>
        <translation>
            <numerusform>сноска %1</numerusform>
            <numerusform>сноски %1</numerusform>
            <numerusform>сноски %1</numerusform>
        </translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation>доп. источник</translation>
    </message>
</context>
<context>
    <name>pe::DetailPane</name>
    <message>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>Select an event, a figure, a venture or a partnership to read what the book says and where it comes from.</source>
        <translation>Выберите событие, показатель, предприятие или партнёрство, чтобы узнать, что о нём говорится в книге и откуда взяты сведения.</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Ссылка скопирована</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Copy in Chicago Style</source>
        <translation>Копировать в стиле Chicago</translation>
    </message>
    <message>
        <source>Copy in APA Style</source>
        <translation>Копировать в стиле APA</translation>
    </message>
    <message>
        <source>Copy in GOST Style</source>
        <translation>Копировать в стиле ГОСТ</translation>
    </message>
    <message>
        <source>Save as BibTeX (.bib)…</source>
        <translation>Сохранить как BibTeX (.bib)…</translation>
    </message>
    <message>
        <source>Save as RIS (.ris)…</source>
        <translation>Сохранить как RIS (.ris)…</translation>
    </message>
    <message>
        <source>Save as CSL-JSON (.json)…</source>
        <translation>Сохранить как CSL-JSON (.json)…</translation>
    </message>
    <message>
        <source>Save Citation</source>
        <translation>Сохранить ссылку</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Citation saved</source>
        <translation>Ссылка сохранена</translation>
    </message>
    <message>
        <source>How to cite (%1)</source>
        <translation>Как цитировать (%1)</translation>
    </message>
    <message>
        <source>Style Shown Below</source>
        <translation>Стиль, показанный ниже</translation>
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
        <translation>Скрыто текущими фильтрами: ни одно представление не показывает эту запись.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <source>Cite this record&apos;s sources, or a year&apos;s, in a style: copy them or save them for a reference manager (%1 copies in the style shown below)</source>
        <translation>Процитировать источники записи или года в выбранном стиле: скопировать или сохранить для менеджера ссылок (%1 копирует в стиле, показанном ниже)</translation>
    </message>
    <message>
        <source>What is selected, with its sources; Tab moves between its links.</source>
        <translation>Выбранная запись с её источниками; Tab переходит между ссылками.</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>pe::ExportDialog</name>
    <message>
        <source>CSV (the numbers, UTF-8)</source>
        <translation>CSV (числовые данные, UTF-8)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Векторное изображение SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Копировать CSV</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 пикс.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Файлы %1 (*.%2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Скопировано в буфер обмена</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Представление</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Произвольный размер</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Альтернативный текст</translation>
    </message>
    <message>
        <source>Article (1200 × 675)</source>
        <translation>Статья (1200 × 675)</translation>
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
        <translation>Произвольный</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Print (greyscale)</source>
        <translation>Для печати (оттенки серого)</translation>
    </message>
    <message>
        <source>Optional notes drawn above the source line</source>
        <translation>Необязательные примечания над строкой с источником</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Копировать альтернативный текст</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Some text is %1 pt at this size, under %2 pt: hard to read in print. Choose a larger size.</source>
        <translation>Часть текста при этом размере — %1 пт, меньше %2 пт: в печати читается с трудом. Выберите размер побольше.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Ряды</translation>
    </message>
    <message>
        <source>Print (%1 × %2 cm at %3 dpi)</source>
        <translation>Печать (%1 × %2 см, %3 dpi)</translation>
    </message>
    <message>
        <source>Show the selection</source>
        <translation>Показать выделение</translation>
    </message>
    <message>
        <source>Draw the record and year selected in the window, as on screen. Off: the file shows the data alone.</source>
        <translation>Нарисовать запись и год, выбранные в окне, как на экране. Если выключено, файл показывает только данные.</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV для Excel</translation>
    </message>
    <message>
        <source>A byte order mark so that Excel reads the text right, and in French, Russian, Kazakh or Belarusian semicolons between fields and decimal commas. Off: plain CSV for scripts and Datawrapper.</source>
        <translation>Метка порядка байтов, чтобы Excel правильно читал текст, а для французского, русского, казахского и белорусского языков — точки с запятой между полями и десятичные запятые. Если выключено, создаётся обычный CSV для скриптов и Datawrapper.</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>Файл не сохранён.</translation>
    </message>
</context>
<context>
    <name>pe::FilterBar</name>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Все отрасли</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Все места</translation>
    </message>
    <message>
        <source>Search events, figures, ventures, places… (Ctrl+F)</source>
        <translation>Поиск событий, показателей, предприятий, мест… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>First year shown</source>
        <translation>Первый отображаемый год</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>Последний отображаемый год</translation>
    </message>
    <message>
        <source>Event category (timeline)</source>
        <translation>Категория событий (хронология)</translation>
    </message>
    <message>
        <source>Region or country: also matches the cities within it</source>
        <translation>Регион или страна (включая входящие в них города)</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them</source>
        <translation>Отрасль предприятий, показателей и связанных с ними событий</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Show every record again: clears the search and every filter</source>
        <translation>Снова показать все записи: сбрасывает поиск и все фильтры</translation>
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
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop reading this dataset and keep the one in use</source>
        <translation>Прервать чтение этого набора данных и оставить текущий</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Отменить загрузку</translation>
    </message>
</context>
<context>
    <name>pe::MainWindow</name>
    <message>
        <source>About Partnership Explorer</source>
        <translation>О программе Partnership Explorer</translation>
    </message>
    <message>
        <source>Partnership Explorer</source>
        <translation>Partnership Explorer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Товарооборот</translation>
    </message>
    <message>
        <source>Regional trade</source>
        <translation>Торговля регионов</translation>
    </message>
    <message>
        <source>Region pairings</source>
        <translation>Партнёрства регионов</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>Совместные предприятия</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Открыть набор данных…</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Dataset</source>
        <translation>Открыть &amp;встроенный набор данных</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние наборы данных</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>&amp;Копировать представление как изображение</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Уместить хронологию</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Панель &amp;подробностей</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Режим презентации</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Partnership Explorer</source>
        <translation>&amp;О программе Partnership Explorer</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 figures · %4 ventures · %5 partnerships · %6 sources</source>
        <translation>%1 · событий: %2 · показателей: %3 · предприятий: %4 · партнёрств: %5 · источников: %6</translation>
    </message>
    <message>
        <source>Built-in dataset</source>
        <translation>Встроенный набор данных</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Скопировано в буфер обмена</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Открыть набор данных</translation>
    </message>
    <message>
        <source>Datasets (*.json);;All files (*)</source>
        <translation>Наборы данных (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Thirty years of the Belarus–Kazakhstan partnership, from %2, with supplementary public figures marked as such.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Тридцать лет партнёрства Беларуси и Казахстана по книге %2; дополнительные данные из открытых источников отмечены особо.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Тур</translation>
    </message>
    <message>
        <source>Present a &amp;Built-in Tour</source>
        <translation>Показать &amp;встроенный тур</translation>
    </message>
    <message>
        <source>&amp;Present This Tour</source>
        <translation>&amp;Показать этот тур</translation>
    </message>
    <message>
        <source>Presenter &amp;View</source>
        <translation>Режим &amp;докладчика</translation>
    </message>
    <message>
        <source>&amp;New Tour</source>
        <translation>&amp;Новый тур</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>&amp;Открыть тур…</translation>
    </message>
    <message>
        <source>Open &amp;Recent Tour</source>
        <translation>Открыть н&amp;едавний тур</translation>
    </message>
    <message>
        <source>&amp;Save Tour</source>
        <translation>&amp;Сохранить тур</translation>
    </message>
    <message>
        <source>Save Tour &amp;As…</source>
        <translation>Сохранить тур &amp;как…</translation>
    </message>
    <message>
        <source>&amp;Edit Tour</source>
        <translation>&amp;Редактировать тур</translation>
    </message>
    <message>
        <source>&amp;Add This View as a Step</source>
        <translation>Добавить это представление как &amp;шаг</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>Экспорт раздаточного &amp;материала…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>The timeline, the charts and the tables of the dataset: Alt+1 to Alt+6 show them</source>
        <translation>Хронология, диаграммы и таблицы набора данных: Alt+1 … Alt+6 открывают их</translation>
    </message>
    <message>
        <source>Up and Down move between rows and show the row&apos;s record in the detail pane; Tab leaves the table.</source>
        <translation>Вверх и Вниз переходят между строками и показывают запись строки на панели сведений; Tab выходит из таблицы.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Партнёрства по регионам</translation>
    </message>
    <message>
        <source>Enter or a double click on a region filters every view to it.</source>
        <translation>Enter или двойной щелчок по региону отфильтровывает по нему все представления.</translation>
    </message>
    <message>
        <source>Left and Right step through what the chart draws, Enter opens its record.</source>
        <translation>Влево и Вправо перебирают то, что изображено на диаграмме, Enter открывает запись.</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>График товарооборота</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Диаграмма торговли регионов</translation>
    </message>
    <message>
        <source>Output of the assembly plants</source>
        <translation>Выпуск сборочных производств</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <source>Not applied in this view: %1</source>
        <translation>В этом представлении не применяется: %1</translation>
    </message>
    <message>
        <source>No event matches the search and filters.</source>
        <translation>Ни одно событие не соответствует поиску и фильтрам.</translation>
    </message>
    <message>
        <source>This dataset has no events.</source>
        <translation>В этом наборе данных нет событий.</translation>
    </message>
    <message>
        <source>No figure matches the search and filters.</source>
        <translation>Ни один показатель не соответствует поиску и фильтрам.</translation>
    </message>
    <message>
        <source>This dataset has no figures.</source>
        <translation>В этом наборе данных нет показателей.</translation>
    </message>
    <message>
        <source>No partnership matches the search and filters.</source>
        <translation>Ни одно партнёрство не соответствует поиску и фильтрам.</translation>
    </message>
    <message>
        <source>This dataset has no partnerships.</source>
        <translation>В этом наборе данных нет партнёрств.</translation>
    </message>
    <message>
        <source>No venture matches the search and filters.</source>
        <translation>Ни одно предприятие не соответствует поиску и фильтрам.</translation>
    </message>
    <message>
        <source>This dataset has no ventures.</source>
        <translation>В этом наборе данных нет предприятий.</translation>
    </message>
    <message>
        <source>No source matches the search and filters.</source>
        <translation>Ни один источник не соответствует поиску и фильтрам.</translation>
    </message>
    <message>
        <source>This dataset has no sources.</source>
        <translation>В этом наборе данных нет источников.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>Показано %1 из %n события</numerusform>
            <numerusform>Показано %1 из %n событий</numerusform>
            <numerusform>Показано %1 из %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figures shown</source>
        <translation>
            <numerusform>Показано %1 из %n показателя</numerusform>
            <numerusform>Показано %1 из %n показателей</numerusform>
            <numerusform>Показано %1 из %n показателей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnerships shown</source>
        <translation>
            <numerusform>Показано %1 из %n партнёрства</numerusform>
            <numerusform>Показано %1 из %n партнёрств</numerusform>
            <numerusform>Показано %1 из %n партнёрств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ventures shown</source>
        <translation>
            <numerusform>Показано %1 из %n предприятия</numerusform>
            <numerusform>Показано %1 из %n предприятий</numerusform>
            <numerusform>Показано %1 из %n предприятий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sources shown</source>
        <translation>
            <numerusform>Показано %1 из %n источника</numerusform>
            <numerusform>Показано %1 из %n источников</numerusform>
            <numerusform>Показано %1 из %n источников</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Stopped reading %1; the dataset in use stays</source>
        <translation>Чтение %1 прервано; текущий набор данных остаётся</translation>
    </message>
</context>
<context>
    <name>pe::MapLayerBar</name>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Shade each region by the partnerships that involve it</source>
        <translation>Окрасить каждый регион по числу его партнёрств</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
    <message>
        <source>Draw each partnership as an arc between the two sides&apos; places</source>
        <translation>Показать каждое партнёрство дугой между местами обеих сторон</translation>
    </message>
    <message>
        <source>Ventures</source>
        <translation>Предприятия</translation>
    </message>
    <message>
        <source>Pin joint ventures and plants at their places</source>
        <translation>Отметить совместные предприятия и заводы на их местах</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Названия</translation>
    </message>
    <message>
        <source>Show places and their names</source>
        <translation>Показать места и их названия</translation>
    </message>
</context>
<context>
    <name>pe::MapView</name>
    <message>
        <source>Press Enter to filter every view to this region</source>
        <translation>Нажмите Enter, чтобы отфильтровать по этому региону все представления</translation>
    </message>
    <message>
        <source>Press Enter to show it in the details</source>
        <translation>Нажмите Enter, чтобы показать его на панели подробностей</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>Regions shaded by their partnerships, arcs between partner places, pins for joint ventures. The arrow keys move between them, Tab to the next group, Enter filters to a region or opens a partnership or venture in the details.</source>
        <translation>Регионы окрашены по числу партнёрств, дуги соединяют места партнёров, метки отмечают совместные предприятия. Стрелки переходят между ними, Tab — к следующей группе, Enter фильтрует по региону или открывает партнёрство или предприятие на панели подробностей.</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>Другие названия: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Click to filter every view to %1</source>
        <translation>Щёлкните, чтобы отфильтровать все представления: %1</translation>
    </message>
    <message>
        <source>Click to show every region again</source>
        <translation>Щёлкните, чтобы снова показать все регионы</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show one in the details, again for the next</source>
        <translation>Щёлкните, чтобы показать одно из них на панели подробностей, ещё раз — следующее</translation>
    </message>
    <message>
        <source>Click to show it in the details</source>
        <translation>Щёлкните, чтобы показать на панели подробностей</translation>
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
        <translation>Период</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>весь год</translation>
    </message>
</context>
<context>
    <name>pe::PairingModel</name>
    <message>
        <source>Belarusian side</source>
        <translation>Белорусская сторона</translation>
    </message>
    <message>
        <source>Kazakh side</source>
        <translation>Казахстанская сторона</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>pe::PairingsPage</name>
    <message>
        <source>Double-click a region to filter every view to it</source>
        <translation>Дважды щёлкните регион, чтобы отфильтровать по нему все представления</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Партнёрства по регионам</translation>
    </message>
</context>
<context>
    <name>pe::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие названия</translation>
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
        <translation>Перейти к шагу: %1</translation>
    </message>
    <message>
        <source>→  ↓  Page Down  Space</source>
        <translation>→  ↓  Page Down  Пробел</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <source>←  ↑  Page Up  Backspace</source>
        <translation>←  ↑  Page Up  Backspace</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>предыдущий шаг</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Home  End</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>первый, последний шаг</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  или  .</translation>
    </message>
    <message>
        <source>black screen (any key returns)</source>
        <translation>чёрный экран (любая клавиша — возврат)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>white screen</source>
        <translation>белый экран</translation>
    </message>
    <message>
        <source>G, or a number, then Enter</source>
        <translation>G или номер, затем Enter</translation>
    </message>
    <message>
        <source>go to a step</source>
        <translation>перейти к шагу</translation>
    </message>
    <message>
        <source>overview of the steps</source>
        <translation>обзор шагов</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>these keys</source>
        <translation>эти клавиши</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>выйти из режима презентации</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>Клавиши режима презентации</translation>
    </message>
    <message>
        <source>Steps — arrows to choose, Enter to go, any other key to close</source>
        <translation>Шаги — стрелки: выбрать, Enter: перейти, любая другая клавиша: закрыть</translation>
    </message>
    <message>
        <source>O, or Esc held</source>
        <translation>O или удержание Esc</translation>
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
        <translation>Ответ: %1</translation>
    </message>
    <message>
        <source>The answer, on this slide</source>
        <translation>Ответ — на этом слайде</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Конец тура</translation>
    </message>
    <message>
        <source>Presenter View</source>
        <translation>Режим докладчика</translation>
    </message>
    <message>
        <source>On the screen</source>
        <translation>На экране</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>pe::ProblemsDialog</name>
    <message>
        <source>Dataset not opened</source>
        <translation>Набор данных не открыт</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problem(s) found. The dataset in use is unchanged.</source>
        <translation>
            <numerusform>Не удалось открыть &lt;b&gt;%1&lt;/b&gt;: найдена %n проблема. Текущий набор данных не изменён.</numerusform>
            <numerusform>Не удалось открыть &lt;b&gt;%1&lt;/b&gt;: найдены %n проблемы. Текущий набор данных не изменён.</numerusform>
            <numerusform>Не удалось открыть &lt;b&gt;%1&lt;/b&gt;: найдено %n проблем. Текущий набор данных не изменён.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
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
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Партнёрства</translation>
    </message>
</context>
<context>
    <name>pe::RegionalTradeChart</name>
    <message>
        <source>No regional figures match the filters</source>
        <translation>Нет региональных данных, соответствующих фильтрам</translation>
    </message>
    <message>
        <source>Book figure</source>
        <translation>Данные книги</translation>
    </message>
    <message>
        <source>Book figure, approximate (≈) or bound (&gt;)</source>
        <translation>Данные книги, приблизительные (≈) или граничные (&gt;)</translation>
    </message>
    <message>
        <source>Supplementary figure (not from the book)</source>
        <translation>Дополнительные данные (не из книги)</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн долл. США</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Regional trade chart: no regional figures match the filters.</source>
        <translation>Диаграмма торговли регионов: нет региональных данных, соответствующих фильтрам.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of %n regional trade figure(s) the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</source>
        <translation>
            <numerusform>Столбчатая диаграмма: %n значение региональной торговли из книги, в млн долл. США, по убыванию; каждый столбец — одно значение для одного региона, показателя и периода.</numerusform>
            <numerusform>Столбчатая диаграмма: %n значения региональной торговли из книги, в млн долл. США, по убыванию; каждый столбец — одно значение для одного региона, показателя и периода.</numerusform>
            <numerusform>Столбчатая диаграмма: %n значений региональной торговли из книги, в млн долл. США, по убыванию; каждый столбец — одно значение для одного региона, показателя и периода.</numerusform>
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
        <translation>Сноска</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation>доп. источник</translation>
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
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Events by category over time. Left and Right move between events, plus and minus zoom, 0 shows everything, Enter opens a group of events.</source>
        <translation>События по категориям на шкале времени. Стрелки влево и вправо — переход между событиями, плюс и минус — масштаб, 0 — показать всё, Enter — открыть группу событий.</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>известен день</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>известен месяц</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>только год</translation>
    </message>
    <message>
        <source>several events</source>
        <translation>несколько событий</translation>
    </message>
    <message>
        <source>No events match the current filters</source>
        <translation>Нет событий, соответствующих текущим фильтрам</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Нет событий для отображения</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Щёлкните, чтобы увеличить</translation>
    </message>
</context>
<context>
    <name>pe::TourController</name>
    <message>
        <source>Save Tour As</source>
        <translation>Сохранить тур как</translation>
    </message>
    <message>
        <source>Tours (*.json);;All files (*)</source>
        <translation>Туры (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>the tour being edited</source>
        <translation>редактируемый тур</translation>
    </message>
    <message>
        <source>Untitled tour</source>
        <translation>Тур без названия</translation>
    </message>
    <message>
        <source>Present a Tour File…</source>
        <translation>Показать тур из файла…</translation>
    </message>
    <message>
        <source>Present a Tour</source>
        <translation>Показать тур</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Книга, сноска %1</translation>
    </message>
    <message>
        <source>Book, notes %1</source>
        <translation>Книга, сноски %1</translation>
    </message>
    <message>
        <source>not from the book: %1</source>
        <translation>не из книги: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Открыть тур</translation>
    </message>
    <message>
        <source>tour</source>
        <translation>тур</translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation>Сохранить тур</translation>
    </message>
    <message>
        <source>year %1 marked</source>
        <translation>отмечен год %1</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Экспорт раздаточного материала</translation>
    </message>
    <message>
        <source>Open or prepare a tour first: a handout has a page for each of its steps.</source>
        <translation>Сначала откройте или подготовьте тур: в раздаточном материале по странице на каждый его шаг.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>раздаточный материал</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved Tour</source>
        <translation>Несохранённый тур</translation>
    </message>
    <message>
        <source>The tour “%1” has changes that are not saved. Save them?</source>
        <translation>В туре «%1» есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Tour: %1 (changed)</source>
        <translation>Тур: %1 (изменён)</translation>
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
        <translation>Название тура</translation>
    </message>
    <message>
        <source>Add This View</source>
        <translation>Добавить это представление</translation>
    </message>
    <message>
        <source>Add the view on screen, with its filters and selection, after the chosen step (Ctrl+Shift+A)</source>
        <translation>Добавить представление на экране, с его фильтрами и выделением, после выбранного шага (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Переместить шаг вверх</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Переместить шаг вниз</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>&amp;Caption, what the class reads:</source>
        <translation>&amp;Подпись — то, что читает аудитория:</translation>
    </message>
    <message>
        <source>A sentence or two, with the year and the figure.</source>
        <translation>Одно-два предложения с годом и цифрой.</translation>
    </message>
    <message>
        <source>&amp;Notes, what you say:</source>
        <translation>&amp;Заметки — то, что говорите вы:</translation>
    </message>
    <message>
        <source>Context, a question to ask the class.</source>
        <translation>Контекст, вопрос для аудитории.</translation>
    </message>
    <message>
        <source>&amp;Present from This Step</source>
        <translation>Показать с &amp;этого шага</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
</context>
<context>
    <name>pe::TradeSeriesPicker</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Экспорт и импорт</translation>
    </message>
    <message>
        <source>Both sides&apos; figures</source>
        <translation>Данные обеих сторон</translation>
    </message>
    <message>
        <source>Trade figures shown</source>
        <translation>Показанные торговые данные</translation>
    </message>
    <message>
        <source>Whose statistics</source>
        <translation>Чья статистика</translation>
    </message>
    <message>
        <source>Both sides, compared</source>
        <translation>Обе стороны, сравнение</translation>
    </message>
    <message>
        <source>Where both sides give a year, a grey bar spans the difference between their figures: Belarusian and Kazakh statistics differ.</source>
        <translation>Там, где обе стороны дают данные за год, серая полоса показывает разницу между ними: статистика Беларуси и Казахстана расходится.</translation>
    </message>
    <message>
        <source>Book and supplementary figures</source>
        <translation>Данные книги и дополнительные</translation>
    </message>
    <message>
        <source>Book figures only</source>
        <translation>Только данные книги</translation>
    </message>
    <message>
        <source>Figures from public pages fill the book&apos;s gaps, drawn hollow and named in the source line.</source>
        <translation>Данные из открытых источников восполняют пробелы книги; они показаны полыми маркерами и названы в строке источников.</translation>
    </message>
    <message>
        <source>Only the figures the book gives, in every view.</source>
        <translation>Только данные, которые приводит книга, во всех представлениях.</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Происхождение данных</translation>
    </message>
</context>
<context>
    <name>pe::TurnoverChart</name>
    <message>
        <source>No trade figures match the filters</source>
        <translation>Нет торговых данных, соответствующих фильтрам</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>млн долл. США</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>весь год</translation>
    </message>
    <message>
        <source>Another book figure for this year; the line shows the one preferred by side, exactness and precision.</source>
        <translation>В книге есть и другое значение за этот год; на линии показано значение, выбранное с учётом стороны, точности и степени детализации.</translation>
    </message>
    <message>
        <source>%1: first year above US$ 1 billion</source>
        <translation>%1: впервые больше 1 млрд долл. США</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>Рекорд %1 г.</translation>
    </message>
    <message>
        <source>%1 (not from the book)</source>
        <translation>%1 (не из книги)</translation>
    </message>
    <message>
        <source>Part of a year (period shown)</source>
        <translation>Часть года (период указан)</translation>
    </message>
    <message>
        <source>Approximate or lower bound</source>
        <translation>Приблизительно или нижняя граница</translation>
    </message>
    <message>
        <source>Not from the book</source>
        <translation>Не из книги</translation>
    </message>
    <message>
        <source>no full-year figure</source>
        <translation>нет данных за год</translation>
    </message>
    <message>
        <source>%1: record, first year above US$ 1 billion</source>
        <translation>%1: рекорд, первый год выше 1 млрд долл. США</translation>
    </message>
    <message>
        <source>Belarusian and Kazakh statistics differ; each line keeps one side&apos;s figures.</source>
        <translation>Статистика Беларуси и Казахстана различается; каждая линия отражает данные одной стороны.</translation>
    </message>
    <message>
        <source>Hollow markers: figures from public pages outside the book.</source>
        <translation>Полые маркеры — данные из открытых источников вне книги.</translation>
    </message>
    <message>
        <source>Grey bars: how far the two sides&apos; figures for the same year differ.</source>
        <translation>Серые полосы — расхождение между данными двух сторон за один и тот же год.</translation>
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
        <translation>Предприятие</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Belarusian partners</source>
        <translation>Белорусские партнёры</translation>
    </message>
    <message>
        <source>Kazakh partners</source>
        <translation>Казахстанские партнёры</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>pe::VentureOutputChart</name>
    <message>
        <source>No venture gives units produced for the filters</source>
        <translation>Нет данных о выпуске продукции для выбранных фильтров</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Количество, ед.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation>
            <numerusform>%n единица: %1</numerusform>
            <numerusform>%n единицы: %1</numerusform>
            <numerusform>%n единиц: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Book, %1</source>
        <translation>Книга, %1</translation>
    </message>
    <message>
        <source>Venture</source>
        <translation>Предприятие</translation>
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
        <translation>Источник</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>ID записи</translation>
    </message>
    <message>
        <source>Venture output chart: no venture gives units produced for the filters.</source>
        <translation>Диаграмма выпуска продукции: нет данных о выпуске для выбранных фильтров.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of units produced or delivered per year by %n venture(s), grouped by year.</source>
        <translation>
            <numerusform>Столбчатая диаграмма выпуска или поставок продукции за год для %n предприятия, с группировкой по годам.</numerusform>
            <numerusform>Столбчатая диаграмма выпуска или поставок продукции за год для %n предприятий, с группировкой по годам.</numerusform>
            <numerusform>Столбчатая диаграмма выпуска или поставок продукции за год для %n предприятий, с группировкой по годам.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 в %2 г.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3 units</source>
        <translation>%1, %2: %3 ед.</translation>
    </message>
</context>
</TS>
