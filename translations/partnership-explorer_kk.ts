<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>ChartSeriesBuilder</name>
    <message>
        <source>%1 — %2, %3</source>
        <comment>region — indicator, year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>label, part of the year</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Zalesskij 2023, note %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary (not from the book): %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field %1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range: expected a value of at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id (a string), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 is not supported (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 lies outside %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (month %1) before it starts (month %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a regional figure needs at least one place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a %2 id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB; datasets larger than %2 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets larger than %1 MiB are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be parsed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more problems were found; only the first %1 are listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1×%2 is out of range: each side must be %3 to %4 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale %1 is out of range: expected 1 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the PNG image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormatter</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B. Zalesskij, Vecteur de partenariat – Kazakhstan (2023), note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary figure, not from the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary, not from the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure (supplementary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources give another value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint venture or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>investment US$ %1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: book note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: supplementary page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records citing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ventures started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset has nothing dated in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>Source: B. Zalesskij, Vecteur de partenariat – Kazakhstan (2023), note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: B. Zalesskij, Vecteur de partenariat – Kazakhstan (2023), notes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplementary figures, not from the book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: B. Zalesskij, Vecteur de partenariat – Kazakhstan (2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Partnership Explorer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>matching “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus and Kazakhstan: thirty years of partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan trade turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade of Belarusian and Kazakh regions with the partner country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of Belarusian–Kazakh assembly plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships between Belarusian and Kazakh regions, cities and institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian–Kazakh joint ventures and assembly plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ million, as reported by each side; part-year and approximate values marked; gaps are years with no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ million, figures the book gives per oblast or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units produced or delivered per year, as the book reports them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Belarusian and Kazakh statistics differ; each line keeps one side&apos;s figures. Hollow markers: figures from public pages outside the book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Diplomacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agricultural machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petrochemistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wood products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmaceuticals and veterinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT and digital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aerospace and drones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industrial parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agriculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>humanitarian ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>month range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Checks a dataset file against the schema (docs/dataset.md).
Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: partnership-explorer validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: valid (%2 events, %3 observations, %4 ventures, %5 pairings, %6 places, %7 sources)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore thirty years of the Belarus–Kazakhstan partnership.

Commands:
  validate FILE              check a dataset (exit 0 valid, 1 invalid, 2 unreadable)
  export --view VIEW --format FMT --out FILE [--width PX --height PX --scale N]
         [--lang L] [--theme light|dark|print] [--dataset FILE]
                             render a view without a display
  screenshot --out-dir DIR [--lang L] [--theme T] [--present]
                             render every main view to DIR/VIEW.png
Each command takes --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this dataset file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, fr, ru, kk or be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::DatasetModel</name>
    <message numerus="yes">
        <source>note %1</source>
        <comment>book footnote(s)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::DetailPane</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event, a figure, a venture or a partnership to read what the book says and where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a citation of this record and its sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::EventModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::ExportDialog</name>
    <message>
        <source>CSV (the numbers, UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venture output chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region pairings table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint ventures table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article (1200 × 675)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print column (12.7 cm at 300 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (greyscale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional notes drawn above the source line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::FilterBar</name>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events, figures, ventures, places… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event category (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region or country: also matches the cities within it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::MainWindow</name>
    <message>
        <source>About Partnership Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Thirty years of the Belarus–Kazakhstan partnership, from B. Zalesskij, &lt;i&gt;Vecteur de partenariat – Kazakhstan&lt;/i&gt; (2023), with supplementary public figures marked as such.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Built-in Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Partnership Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a region to filter every view to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 figures · %4 ventures · %5 partnerships · %6 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::ObservationModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::PairingModel</name>
    <message>
        <source>Belarusian side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::ProblemsDialog</name>
    <message>
        <source>Dataset not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problem(s) found. The dataset in use is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::RegionCountModel</name>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::RegionalTradeChart</name>
    <message>
        <source>No regional figures match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book figure, approximate (≈) or bound (&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary figure (not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary (not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary: %1 (not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (US$ million)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplementary (not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional trade chart: no regional figures match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of %n regional trade figure(s) the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::SourceModel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::TimelineView</name>
    <message>
        <source>Economic cooperation programme 2009–2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty on economic cooperation 2017–2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events by category over time. Left and Right move between events, plus and minus zoom, 0 shows everything, Enter opens a group of events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::TurnoverChart</name>
    <message>
        <source>%1 (%2)</source>
        <comment>indicator (whose figures)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (supplementary, not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-year figures (period labelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trade figures match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ approximate or &gt; lower bound (dashed outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary (not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary: %1 (not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another book figure for this year; the line shows the one preferred by side, exactness and precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (US$ million)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplementary (not from the book)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade chart: no trade figures match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, from the book: %n figure(s), from %2 in %3 to %4 in %5; peak %6 in %7.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No full-year figure for %1: the lines are broken there, never interpolated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplementary figures for %1 are marked apart: they come from public news pages, not from the book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-year figures, not comparable with full years: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: the %1 record, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: %1, the first year above US$ 1 billion (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: the November 2017 treaty on economic cooperation to 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov 2017: cooperation treaty to 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: first year above US$ 1 billion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::VentureModel</name>
    <message>
        <source>Venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::VentureOutputChart</name>
    <message>
        <source>No venture gives units produced for the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Book, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venture output chart: no venture gives units produced for the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of units produced or delivered per year by %n venture(s), grouped by year.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::commandline</name>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a view to a file without a display.
Views: timeline, turnover, regional-trade, venture-output (png, svg, pdf, csv); pairings, ventures (csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png, svg, pdf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel density of a PNG: 1 to 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --%1; usage: partnership-explorer export --view VIEW --format FMT --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 view cannot be exported as &quot;%2&quot;: expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a number from 1 to 3, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders each main view to DIR/VIEW.png without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PNGs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --out-dir; usage: partnership-explorer screenshot --out-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pe::commandline::RenderSetup</name>
    <message>
        <source>Language: en, fr, ru, kk or be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: light, dark or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset file (default: the built-in dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;: expected light, dark or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number of pixels from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
