<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1: valid tour (%n steps)</source>
        <translation>
            <numerusform>%1: valid tour (%n step)</numerusform>
            <numerusform>%1: valid tour (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapExportSource</name>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partnership</numerusform>
            <numerusform>%n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s)</source>
        <translation>
            <numerusform>%n joint venture</numerusform>
            <numerusform>%n joint ventures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s)</source>
        <translation>
            <numerusform>Map of Belarus and Kazakhstan by region: %n partnership</numerusform>
            <numerusform>Map of Belarus and Kazakhstan by region: %n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n drawn as arcs between the partners&apos; places</source>
        <translation>
            <numerusform>; %n drawn as an arc between the partners&apos; places</numerusform>
            <numerusform>; %n drawn as arcs between the partners&apos; places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n joint venture(s)</source>
        <translation>
            <numerusform>; %n joint venture</numerusform>
            <numerusform>; %n joint ventures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s) and their arcs, </source>
        <translation>
            <numerusform>Map of Belarus and Kazakhstan by region: %n partnership and its arc, </numerusform>
            <numerusform>Map of Belarus and Kazakhstan by region: %n partnerships and their arcs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) as pins.</source>
        <translation>
            <numerusform>%n joint venture as a pin.</numerusform>
            <numerusform>%n joint ventures as pins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) with a side that names no place are counted in their regions but not drawn as arcs.</source>
        <translation>
            <numerusform>%n partnership with a side that names no place is counted in its region but not drawn as an arc.</numerusform>
            <numerusform>%n partnerships with a side that names no place are counted in their regions but not drawn as arcs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) that name(s) no town or region have no pin.</source>
        <translation>
            <numerusform>%n joint venture that names no town or region has no pin.</numerusform>
            <numerusform>%n joint ventures that name no town or region have no pin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message numerus="yes">
        <source>%n partnership(s): a side names no place</source>
        <translation>
            <numerusform>%n partnership: a side names no place</numerusform>
            <numerusform>%n partnerships: a side names no place</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s): no town or region given</source>
        <translation>
            <numerusform>%n joint venture: no town or region given</numerusform>
            <numerusform>%n joint ventures: no town or region given</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%1: %n partnership(s)</source>
        <translation>
            <numerusform>%1: %n partnership</numerusform>
            <numerusform>%1: %n partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partnership(s) between them</source>
        <translation>
            <numerusform>%1: %n partnership between them</numerusform>
            <numerusform>%1: %n partnerships between them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, town not given: %n joint venture(s)</source>
        <translation>
            <numerusform>%1, town not given: %n joint venture</numerusform>
            <numerusform>%1, town not given: %n joint ventures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n joint venture(s)</source>
        <translation>
            <numerusform>%1: %n joint venture</numerusform>
            <numerusform>%1: %n joint ventures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordFormatter</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExportSource</name>
    <message numerus="yes">
        <source>A table of %n record(s).</source>
        <translation>
            <numerusform>A table of %n record.</numerusform>
            <numerusform>A table of %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExportSource</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</source>
        <translation>
            <numerusform>A timeline of %n event of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</numerusform>
            <numerusform>A timeline of %n events of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TurnoverDescription</name>
    <message numerus="yes">
        <source>%1, from the book: %n figure(s), from %2 in %3 to %4 in %5; peak %6 in %7.</source>
        <translation>
            <numerusform>%1, from the book: %n figure, from %2 in %3 to %4 in %5; peak %6 in %7.</numerusform>
            <numerusform>%1, from the book: %n figures, from %2 in %3 to %4 in %5; peak %6 in %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pe::DatasetModel</name>
    <message numerus="yes">
        <source>note %1</source>
        <comment>book footnote(s)</comment>
        <translation>
            <numerusform>note %1</numerusform>
            <numerusform>notes %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pe::MainWindow</name>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figures shown</source>
        <translation>
            <numerusform>%1 of %n figure shown</numerusform>
            <numerusform>%1 of %n figures shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnerships shown</source>
        <translation>
            <numerusform>%1 of %n partnership shown</numerusform>
            <numerusform>%1 of %n partnerships shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ventures shown</source>
        <translation>
            <numerusform>%1 of %n venture shown</numerusform>
            <numerusform>%1 of %n ventures shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sources shown</source>
        <translation>
            <numerusform>%1 of %n source shown</numerusform>
            <numerusform>%1 of %n sources shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pe::MapView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pe::ProblemsDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problem(s) found. The dataset in use is unchanged.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problem found. The dataset in use is unchanged.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problems found. The dataset in use is unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pe::RegionalTradeChart</name>
    <message numerus="yes">
        <source>Bar chart of %n regional trade figure(s) the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</source>
        <translation>
            <numerusform>Bar chart of %n regional trade figure the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</numerusform>
            <numerusform>Bar chart of %n regional trade figures the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pe::TimelineView</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pe::VentureOutputChart</name>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation>
            <numerusform>%n unit: %1</numerusform>
            <numerusform>%n units: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of units produced or delivered per year by %n venture(s), grouped by year.</source>
        <translation>
            <numerusform>Bar chart of units produced or delivered per year by %n venture, grouped by year.</numerusform>
            <numerusform>Bar chart of units produced or delivered per year by %n ventures, grouped by year.</numerusform>
        </translation>
    </message>
</context>
</TS>
