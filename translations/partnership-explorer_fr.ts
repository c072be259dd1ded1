<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BookCitation</name>
    <message>
        <source>the book</source>
        <translation>le livre</translation>
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
        <translation>[titre tel que le livre le donne]</translation>
    </message>
    <message>
        <source>Quoted in %1, note %2.</source>
        <translation>Cité dans %1, note %2.</translation>
    </message>
    <message>
        <source>Supplementary source, not from the book.</source>
        <translation>Source complémentaire, ne provenant pas du livre.</translation>
    </message>
    <message>
        <source>the book</source>
        <translation>le livre</translation>
    </message>
    <message>
        <source>(n.d.). </source>
        <translation>(s.d.). </translation>
    </message>
    <message>
        <source>[Title as the book gives it]</source>
        <translation>[Titre tel que le livre le donne]</translation>
    </message>
    <message>
        <source>(Cited in %1, note %2)</source>
        <translation>(Cité dans %1, note %2)</translation>
    </message>
    <message>
        <source>(Supplementary source, not from the book)</source>
        <translation>(Source complémentaire, ne provenant pas du livre)</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in the book, note %1.</source>
        <translation>Titre tel que le livre le donne. Cité dans le livre, note %1.</translation>
    </message>
    <message>
        <source>Title as the book gives it. Cited in %1, %2 (%3), note %4.</source>
        <translation>Titre tel que le livre le donne. Cité dans %1, %2 (%3), note %4.</translation>
    </message>
    <message>
        <source>Accessed %1.</source>
        <translation>Consulté le %1.</translation>
    </message>
    <message>
        <source>Retrieved %1, from</source>
        <translation>Consulté le %1, à l’adresse</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>The dataset to check.</source>
        <translation>Le jeu de données à vérifier.</translation>
    </message>
    <message>
        <source>Language of the messages: en, fr, ru, kk or be.</source>
        <translation>Langue des messages&#xa0;: en, fr, ru, kk ou be.</translation>
    </message>
    <message>
        <source>usage: partnership-explorer validate FILE</source>
        <translation>usage&#xa0;: partnership-explorer validate FILE</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid tour (%n steps)</source>
        <translation>
            <numerusform>%1&#xa0;: parcours valide (%n étape)</numerusform>
            <numerusform>%1&#xa0;: parcours valide (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2 events, %3 observations, %4 ventures, %5 pairings, %6 places, %7 sources)</source>
        <translation>%1&#xa0;: valide (%2 événements, %3 observations, %4 coentreprises, %5 partenariats, %6 lieux, %7 sources)</translation>
    </message>
    <message>
        <source>Language: en, fr, ru, kk or be.</source>
        <translation>Langue&#xa0;: en, fr, ru, kk ou be.</translation>
    </message>
    <message>
        <source>Theme: light, dark or print.</source>
        <translation>Thème&#xa0;: light, dark ou print.</translation>
    </message>
    <message>
        <source>Dataset file (default: the built-in dataset).</source>
        <translation>Fichier de jeu de données (par défaut&#xa0;: le jeu de données intégré).</translation>
    </message>
    <message>
        <source>Width in pixels.</source>
        <translation>Largeur en pixels.</translation>
    </message>
    <message>
        <source>Height in pixels.</source>
        <translation>Hauteur en pixels.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#xa0;: valeurs attendues en, fr, ru, kk ou be</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;: expected light, dark or print</source>
        <translation>thème inconnu «&#xa0;%1&#xa0;»&#xa0;: valeurs attendues light, dark ou print</translation>
    </message>
    <message>
        <source>--%1 must be a whole number of pixels from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 doit être un nombre entier de pixels de %2 à %3, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the dataset view is exported as &quot;datapackage&quot;, not &quot;%1&quot;</source>
        <translation>la vue dataset s’exporte au format &quot;datapackage&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 does not apply: a data package holds the whole dataset</source>
        <translation>--%1 ne s’applique pas : un paquet de données contient tout le jeu de données</translation>
    </message>
    <message>
        <source>--tour and --view cannot be used together: a handout shows each step&apos;s view</source>
        <translation>--tour et --view ne peuvent pas être utilisés ensemble&#xa0;: un polycopié montre la vue de chaque étape</translation>
    </message>
    <message>
        <source>missing --out; usage: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</source>
        <translation>--out manquant&#xa0;; usage&#xa0;: partnership-explorer export --tour NAME|FILE --format pdf --out FILE</translation>
    </message>
    <message>
        <source>a handout is written as pdf, not as &quot;%1&quot;</source>
        <translation>un polycopié est produit en pdf, et non en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Renders a view to a file without a display.
Views: %1.
The whole dataset as a Frictionless data package: --view dataset --format datapackage --out DIR.</source>
        <translation>Rend une vue dans un fichier sans écran.
Vues : %1.
Tout le jeu de données comme paquet de données Frictionless : --view dataset --format datapackage --out DIR.</translation>
    </message>
    <message>
        <source>The view to export.</source>
        <translation>La vue à exporter.</translation>
    </message>
    <message>
        <source>png, svg, pdf or csv (datapackage for the dataset).</source>
        <translation>png, svg, pdf ou csv (datapackage pour le jeu de données).</translation>
    </message>
    <message>
        <source>The file to write (a folder for a data package).</source>
        <translation>Le fichier à écrire (un dossier pour un paquet de données).</translation>
    </message>
    <message>
        <source>Pixel density of a PNG: 1 to 3.</source>
        <translation>Densité de pixels d’un PNG&#xa0;: de 1 à 3.</translation>
    </message>
    <message>
        <source>A CSV for Excel: a byte order mark and, in a language with decimal commas (fr, ru, kk, be), semicolons between fields and commas in numbers.</source>
        <translation>Un CSV pour Excel&#xa0;: une marque d’ordre des octets (BOM) et, dans une langue à virgule décimale (fr, ru, kk, be), des points-virgules entre les champs et des virgules dans les nombres.</translation>
    </message>
    <message>
        <source>A tour to print as a handout, one page per step (--format pdf): the name of a built-in tour or a tour file.</source>
        <translation>Parcours dont générer le polycopié, une page par étape (--format pdf)&#xa0;: le nom d’un parcours intégré ou un fichier de parcours.</translation>
    </message>
    <message>
        <source>missing --%1; usage: partnership-explorer export --view VIEW --format FMT --out FILE</source>
        <translation>--%1 manquant&#xa0;; usage&#xa0;: partnership-explorer export --view VIEW --format FMT --out FILE</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;: expected %2</source>
        <translation>vue inconnue «&#xa0;%1&#xa0;»&#xa0;: valeurs attendues %2</translation>
    </message>
    <message>
        <source>the %1 view cannot be exported as &quot;%2&quot;: expected %3</source>
        <translation>la vue %1 ne peut pas être exportée au format «&#xa0;%2&#xa0;»&#xa0;: formats attendus %3</translation>
    </message>
    <message>
        <source>--scale must be a number from 1 to 3, not &quot;%1&quot;</source>
        <translation>--scale doit être un nombre de 1 à 3, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--series applies to the turnover view only, not to %1</source>
        <translation>--series ne s’applique qu’à la vue turnover, et non à %1</translation>
    </message>
    <message>
        <source>--csv-excel applies to the csv format only, not to %1</source>
        <translation>--csv-excel ne s’applique qu’au format csv, et non à %1</translation>
    </message>
    <message>
        <source>Renders each main view to DIR/VIEW.png without a display.</source>
        <translation>Génère chaque vue principale dans DIR/VIEW.png sans affichage graphique.</translation>
    </message>
    <message>
        <source>Where to write the PNGs.</source>
        <translation>Dossier où écrire les PNG.</translation>
    </message>
    <message>
        <source>Presentation mode.</source>
        <translation>Mode présentation.</translation>
    </message>
    <message>
        <source>missing --out-dir; usage: partnership-explorer screenshot --out-dir DIR</source>
        <translation>--out-dir manquant&#xa0;; usage&#xa0;: partnership-explorer screenshot --out-dir DIR</translation>
    </message>
    <message>
        <source>cannot write to the folder %1</source>
        <translation>impossible d’écrire dans le dossier %1</translation>
    </message>
    <message>
        <source>Prints the citation of a record, or the bibliography of what a view shows.
Styles: %1.</source>
        <translation>Affiche la citation d’une fiche, ou la bibliographie de ce que montre une vue.
Styles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The record to cite.</source>
        <translation>La fiche à citer.</translation>
    </message>
    <message>
        <source>chicago, apa, gost, bibtex, ris or csl-json.</source>
        <translation>chicago, apa, gost, bibtex, ris ou csl-json.</translation>
    </message>
    <message>
        <source>Cite every source of what this view shows.</source>
        <translation>Citer toutes les sources de ce que montre cette vue.</translation>
    </message>
    <message>
        <source>unknown style &quot;%1&quot;: expected %2</source>
        <translation>style &quot;%1&quot; inconnu&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>usage: partnership-explorer cite RECORD-ID [--style STYLE] or partnership-explorer cite --view VIEW [filters] [--style STYLE]</source>
        <translation>usage&#xa0;: partnership-explorer cite RECORD-ID [--style STYLE] ou partnership-explorer cite --view VIEW [filtres] [--style STYLE]</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>aucune fiche &quot;%1&quot; dans le jeu de données</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: expected one of %2, a file to open, or nothing to open the window (partnership-explorer --help lists them)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;: attendu l’une de %2, un fichier à ouvrir, ou rien pour ouvrir la fenêtre (partnership-explorer --help les énumère)</translation>
    </message>
    <message>
        <source>cannot write the citation to the standard output: %1</source>
        <translation>impossible d’écrire la citation sur la sortie standard&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Supplementary (not from the book): %1 %2</source>
        <translation>Complémentaire (hors livre)&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>%1, note %2: %3</source>
        <translation>%1, note %2&#xa0;: %3</translation>
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
        <translation>Complémentaire (hors livre)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>a quoted field is never closed</source>
        <translation>un champ entre guillemets n’est jamais fermé</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>du texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>un guillemet dans un champ qui ne commence pas par un guillemet</translation>
    </message>
</context>
<context>
    <name>DataPackageReader</name>
    <message>
        <source>expected a &quot;resources&quot; array</source>
        <translation>un tableau &quot;resources&quot; était attendu</translation>
    </message>
    <message>
        <source>expected a resource with a &quot;name&quot; and a &quot;path&quot;</source>
        <translation>une ressource avec un &quot;name&quot; et un &quot;path&quot; était attendue</translation>
    </message>
    <message>
        <source>expected a file name beside datapackage.json, found %1</source>
        <translation>un nom de fichier à côté de datapackage.json était attendu, trouvé %1</translation>
    </message>
    <message>
        <source>the package has no resource %1</source>
        <translation>le paquet n’a pas de ressource %1</translation>
    </message>
    <message>
        <source>is empty: expected a header row</source>
        <translation>est vide : une ligne d’en-tête était attendue</translation>
    </message>
    <message>
        <source>unknown column %1; expected %2</source>
        <translation>colonne inconnue %1 ; attendu : %2</translation>
    </message>
    <message>
        <source>no column %1</source>
        <translation>pas de colonne %1</translation>
    </message>
    <message>
        <source>expected %1 fields, as in the header, found %2</source>
        <translation>%1 champs attendus, comme dans l’en-tête, trouvé %2</translation>
    </message>
    <message>
        <source>column %1: expected a whole number, found %2</source>
        <translation>colonne %1 : un nombre entier était attendu, trouvé %2</translation>
    </message>
    <message>
        <source>column %1: expected a number written with a point (1092.5), found %2</source>
        <translation>colonne %1 : un nombre écrit avec un point (1092.5) était attendu, trouvé %2</translation>
    </message>
    <message>
        <source>column %1: no record %2 in %3</source>
        <translation>colonne %1 : pas d’enregistrement %2 dans %3</translation>
    </message>
    <message>
        <source>column %1: %2 is given twice for %3</source>
        <translation>colonne %1 : %2 est donné deux fois pour %3</translation>
    </message>
    <message>
        <source>expected a data package descriptor (an object)</source>
        <translation>un descripteur de paquet de données (un objet) était attendu</translation>
    </message>
    <message>
        <source>not a Partnership Explorer data package: expected a &quot;partnershipExplorer&quot; object with the schema version, title and metadata</source>
        <translation>pas un paquet de données de Partnership Explorer : un objet &quot;partnershipExplorer&quot; avec la version du schéma, le titre et les métadonnées était attendu</translation>
    </message>
</context>
<context>
    <name>DataPackageWriter</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>une valeur non prise en charge</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>champ %1 inconnu</translation>
    </message>
    <message>
        <source>missing required field %1 (expected %2)</source>
        <translation>champ obligatoire %1 manquant (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>entier attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is out of range: expected %2 to %3</source>
        <translation>%1 est hors limites&#xa0;: valeur attendue de %2 à %3</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a finite number</source>
        <translation>nombre fini attendu</translation>
    </message>
    <message>
        <source>%1 is out of range: expected a value of at least %2</source>
        <translation>%1 est hors limites&#xa0;: valeur attendue d’au moins %2</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>l’une des valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 n’est pas une valeur admise (valeurs possibles&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), found %1</source>
        <translation>texte en trois langues attendu ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;}), trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a text in three languages ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</source>
        <translation>un texte en trois langues ({&quot;en&quot;, &quot;fr&quot;, &quot;ru&quot;})</translation>
    </message>
    <message>
        <source>an array of texts</source>
        <translation>un tableau de textes</translation>
    </message>
    <message>
        <source>an array of ids</source>
        <translation>un tableau d’identifiants</translation>
    </message>
    <message>
        <source>expected an id (a string), found %1</source>
        <translation>identifiant (chaîne) attendu, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>au moins une source est requise</translation>
    </message>
    <message>
        <source>duplicate id %1 (already used at %2)</source>
        <translation>identifiant %1 en double (déjà utilisé à l’emplacement %2)</translation>
    </message>
    <message>
        <source>%1, %2 lies outside %3</source>
        <translation>le point %1, %2 est situé hors du %3</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>the period ends (month %1) before it starts (month %2)</source>
        <translation>la période se termine (mois %1) avant de commencer (mois %2)</translation>
    </message>
    <message>
        <source>a regional figure needs at least one place</source>
        <translation>un chiffre régional doit indiquer au moins un lieu</translation>
    </message>
    <message>
        <source>%1 is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 n’est pas une date&#xa0;: format attendu AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <source>venture</source>
        <translation>coentreprise</translation>
    </message>
    <message>
        <source>pairing</source>
        <translation>partenariat</translation>
    </message>
    <message>
        <source>unknown %1 id %2</source>
        <translation>identifiant de type %1 inconnu&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>le fichier est vide&#xa0;; un objet JSON est attendu</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels is refused</source>
        <translation>une imbrication de plus de %1 niveaux est refusée</translation>
    </message>
    <message>
        <source>broken JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be parsed: %1</source>
        <translation>analyse impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>more problems were found; only the first %1 are listed</source>
        <translation>d’autres problèmes ont été détectés&#xa0;; seuls les %1 premiers sont listés</translation>
    </message>
    <message>
        <source>schema version %1 is not supported (expected %2 to %3)</source>
        <translation>la version de schéma %1 n’est pas prise en charge (valeur attendue de %2 à %3)</translation>
    </message>
    <message>
        <source>%1 ends before it begins (%2)</source>
        <translation>la période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>%1 est antérieur à %2</translation>
    </message>
    <message>
        <source>a source</source>
        <translation>une source</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>un lieu</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>une observation</translation>
    </message>
    <message>
        <source>a venture</source>
        <translation>une coentreprise</translation>
    </message>
    <message>
        <source>a pairing</source>
        <translation>un partenariat</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>un événement</translation>
    </message>
    <message>
        <source>%1 is not the id of %2</source>
        <translation>l’identifiant %1 ne désigne pas %2</translation>
    </message>
    <message>
        <source>expected the day the page was read (YYYY-MM-DD), found %1</source>
        <translation>le jour où la page a été consultée (AAAA-MM-JJ) était attendu, trouvé %1</translation>
    </message>
    <message>
        <source>only a growth figure says what grew</source>
        <translation>seul un taux de croissance dit ce qui a crû</translation>
    </message>
    <message>
        <source>expected &quot;turnover&quot;, &quot;exports&quot; or &quot;imports&quot;</source>
        <translation>« turnover », « exports » ou « imports » était attendu</translation>
    </message>
    <message>
        <source>the file ends before the JSON does: a closing bracket, brace or quote is missing</source>
        <translation>le fichier s&apos;arrête avant la fin du JSON&#xa0;: il manque un crochet, une accolade ou un guillemet fermant</translation>
    </message>
    <message>
        <source>this is not UTF-8 text: save the file as UTF-8</source>
        <translation>ce n&apos;est pas du texte UTF-8&#xa0;: enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>a line break or a control character inside quotes: write a line break as \n</source>
        <translation>un saut de ligne ou un caractère de contrôle entre guillemets&#xa0;: écrivez un saut de ligne 
</translation>
    </message>
    <message>
        <source>a text in double quotes is not closed</source>
        <translation>un texte entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>a backslash starts an escape JSON does not know: write \\ for a backslash</source>
        <translation>une barre oblique inverse commence un échappement que JSON ne connaît pas&#xa0;: écrivez \ pour une barre oblique inverse</translation>
    </message>
    <message>
        <source>a number is malformed</source>
        <translation>un nombre est mal formé</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>quelque chose suit la fin du document</translation>
    </message>
    <message>
        <source>a comma before a closing brace or bracket: JSON allows no comma after the last item</source>
        <translation>une virgule avant une accolade ou un crochet fermant&#xa0;: JSON n&apos;admet pas de virgule après le dernier élément</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>un nom de champ entre guillemets était attendu</translation>
    </message>
    <message>
        <source>expected a colon (:) after the field name</source>
        <translation>deux-points (:) attendus après le nom du champ</translation>
    </message>
    <message>
        <source>expected a comma or a closing brace after the value: is a comma missing?</source>
        <translation>une virgule ou une accolade fermante était attendue après la valeur&#xa0;: manque-t-il une virgule&#xa0;?</translation>
    </message>
    <message>
        <source>expected a comma or a closing bracket after the value: is a comma missing?</source>
        <translation>une virgule ou un crochet fermant était attendu après la valeur&#xa0;: manque-t-il une virgule&#xa0;?</translation>
    </message>
    <message>
        <source>a word JSON does not know: texts take double quotes, and true, false and null are written in lower case</source>
        <translation>un mot que JSON ne connaît pas&#xa0;: les textes prennent des guillemets, et true, false et null s&apos;écrivent en minuscules</translation>
    </message>
    <message>
        <source>the JSON cannot be read here</source>
        <translation>le JSON est illisible à cet endroit</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file</source>
        <translation>le fichier contient des octets NUL&#xa0;: ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>the key %1 is given twice in this object; the later value would replace the earlier one</source>
        <translation>la clé %1 figure deux fois dans cet objet&#xa0;; la seconde valeur remplacerait la première</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2 are allowed</source>
        <translation>trop long&#xa0;: %1 caractères, %2 au plus sont admis</translation>
    </message>
    <message>
        <source>too many: %1 items, at most %2 are allowed</source>
        <translation>trop d’éléments&#xa0;: %1, %2 au plus sont admis</translation>
    </message>
    <message>
        <source>%1 is not a web address: expected http:// or https:// (or an address printed without one, such as www.example.org/page)</source>
        <translation>%1 n’est pas une adresse web&#xa0;: http:// ou https:// attendu (ou une adresse imprimée sans, comme www.example.org/page)</translation>
    </message>
    <message>
        <source>the parents of %1 lead back to it: %2</source>
        <translation>les parents de %1 ramènent à lui&#xa0;: %2</translation>
    </message>
    <message>
        <source>more than %1 places above %2</source>
        <translation>plus de %1 lieux au-dessus de %2</translation>
    </message>
</context>
<context>
    <name>ExportRegistry</name>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Belarus and Kazakhstan: thirty years of partnership</source>
        <translation>Bélarus et Kazakhstan&#xa0;: trente ans de partenariat</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>Graphique des échanges commerciaux</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan trade turnover</source>
        <translation>Échanges commerciaux entre le Bélarus et le Kazakhstan</translation>
    </message>
    <message>
        <source>US$ million, as reported by each side; part-year and approximate values marked; gaps are years with no figure</source>
        <translation>En millions de dollars US, selon chaque partie&#xa0;; valeurs partielles et approximatives signalées&#xa0;; les vides correspondent aux années sans chiffre</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Graphique du commerce régional</translation>
    </message>
    <message>
        <source>Trade of Belarusian and Kazakh regions with the partner country</source>
        <translation>Commerce des régions bélarussiennes et kazakhes avec le pays partenaire</translation>
    </message>
    <message>
        <source>US$ million, figures the book gives per oblast or region</source>
        <translation>En millions de dollars US, chiffres donnés par le livre par oblast ou région</translation>
    </message>
    <message>
        <source>Venture output chart</source>
        <translation>Graphique de la production des coentreprises</translation>
    </message>
    <message>
        <source>Output of Belarusian–Kazakh assembly plants</source>
        <translation>Production des usines d’assemblage bélarusso-kazakhes</translation>
    </message>
    <message>
        <source>Units produced or delivered per year, as the book reports them</source>
        <translation>Unités produites ou livrées par an, selon le livre</translation>
    </message>
    <message>
        <source>Region pairings table</source>
        <translation>Tableau des partenariats régionaux</translation>
    </message>
    <message>
        <source>Partnerships between Belarusian and Kazakh regions, cities and institutions</source>
        <translation>Partenariats entre régions, villes et institutions du Bélarus et du Kazakhstan</translation>
    </message>
    <message>
        <source>Joint ventures table</source>
        <translation>Tableau des coentreprises</translation>
    </message>
    <message>
        <source>Belarusian–Kazakh joint ventures and assembly plants</source>
        <translation>Coentreprises et usines d’assemblage bélarusso-kazakhes</translation>
    </message>
    <message>
        <source>Sources table</source>
        <translation>Tableau des sources</translation>
    </message>
    <message>
        <source>Sources: the book&apos;s footnotes and supplementary pages</source>
        <translation>Sources&#xa0;: notes du livre et pages complémentaires</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <translation>contenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtres&#xa0;: %1</translation>
    </message>
    <message>
        <source>from the book only</source>
        <translation>d’après le livre uniquement</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Belarus–Kazakhstan partnerships and joint ventures on the map</source>
        <translation>Partenariats et coentreprises Bélarus–Kazakhstan sur la carte</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>size %1×%2 is out of range: each side must be %3 to %4 pixels</source>
        <translation>la taille %1×%2 est hors limites&#xa0;: chaque côté doit mesurer de %3 à %4 pixels</translation>
    </message>
    <message>
        <source>scale %1 is out of range: expected 1 to 3</source>
        <translation>l’échelle %1 est hors limites&#xa0;: valeur attendue de 1 à 3</translation>
    </message>
    <message>
        <source>cannot encode the PNG image: %1</source>
        <translation>impossible d’encoder l’image PNG&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot draw the SVG image</source>
        <translation>impossible de dessiner l’image SVG</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>impossible de lancer le rendu du PDF</translation>
    </message>
    <message>
        <source>%1 is not a picture format</source>
        <translation>%1 n’est pas un format d’image</translation>
    </message>
    <message>
        <source>cannot draw the PDF</source>
        <translation>impossible de dessiner le PDF</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>First year shown, %1 to %2 (default: no limit).</source>
        <translation>Première année affichée, de %1 à %2 (par défaut&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>Last year shown, %1 to %2 (default: no limit).</source>
        <translation>Dernière année affichée, de %1 à %2 (par défaut&#xa0;: sans limite).</translation>
    </message>
    <message>
        <source>A place id of the dataset (a country, region or city): its records and those of the places within it.</source>
        <translation>Identifiant d’un lieu du jeu de données (pays, région ou ville)&#xa0;: ses fiches et celles des lieux qui s’y trouvent.</translation>
    </message>
    <message>
        <source>Event categories, comma-separated: %1.</source>
        <translation>Catégories d’événements, séparées par des virgules&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them: %1.</source>
        <translation>Secteur des coentreprises, des chiffres et des événements qui s’y rapportent&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only records matching this text, as the search box.</source>
        <translation>Uniquement les fiches contenant ce texte, comme dans le champ de recherche.</translation>
    </message>
    <message>
        <source>book: the book&apos;s records only; all (default): supplementary figures too.</source>
        <translation>book&#xa0;: uniquement les fiches du livre&#xa0;; all (par défaut)&#xa0;: chiffres complémentaires inclus.</translation>
    </message>
    <message>
        <source>The turnover view&apos;s lines, comma-separated: %1, each for both sides or with -by or -kz (default: turnover).</source>
        <translation>Courbes de la vue turnover, séparées par des virgules&#xa0;: %1, chacune pour les deux parties ou avec le suffixe -by ou -kz (par défaut&#xa0;: turnover).</translation>
    </message>
    <message>
        <source>--%1 must be a year from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 doit être une année de %2 à %3, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2: the first year must not be after the last</source>
        <translation>--from %1 est postérieur à --to %2&#xa0;: la première année ne doit pas être postérieure à la dernière</translation>
    </message>
    <message>
        <source>--category must be one or more of %1 (comma-separated), not &quot;%2&quot;</source>
        <translation>--category doit être une ou plusieurs valeurs parmi %1 (séparées par des virgules), et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--sector must be one of %1, not &quot;%2&quot;</source>
        <translation>--sector doit être une valeur parmi %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--sources must be book or all, not &quot;%1&quot;</source>
        <translation>--sources doit valoir book ou all, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--series: %1</source>
        <translation>--series&#xa0;: %1</translation>
    </message>
    <message>
        <source>--place &quot;%1&quot; is not a place of the dataset: expected %2 or a city&apos;s id</source>
        <translation>--place «&#xa0;%1&#xa0;» n’est pas un lieu du jeu de données&#xa0;: valeurs attendues %2 ou l’identifiant d’une ville</translation>
    </message>
</context>
<context>
    <name>MapExportSource</name>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Record ids</source>
        <translation>Identifiants des fiches</translation>
    </message>
    <message>
        <source>Partnerships with a side that names no place</source>
        <translation>Partenariats dont une partie ne nomme aucun lieu</translation>
    </message>
    <message>
        <source>Joint ventures that name no town or region</source>
        <translation>Coentreprises sans ville ni région indiquée</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>%n partenariat</numerusform>
            <numerusform>%n partenariats</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s)</source>
        <translation>
            <numerusform>%n coentreprise</numerusform>
            <numerusform>%n coentreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>; regions shaded by their partnerships</source>
        <translation>&#xa0;; régions teintées selon leurs partenariats</translation>
    </message>
    <message>
        <source>Arcs join the places the two sides of a partnership name; arcs to a region meet at its centre. Belarus is drawn at a larger scale than Kazakhstan.</source>
        <translation>Les arcs relient les lieux que nomment les deux parties d’un partenariat&#xa0;; les arcs vers une région aboutissent à son centre. Le Bélarus est dessiné à plus grande échelle que le Kazakhstan.</translation>
    </message>
    <message>
        <source>Regions as before 2018 (Natural Earth): %1.</source>
        <translation>Régions telles qu’avant 2018 (Natural Earth)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Places carry the names the dataset gives them today: it gives former names without dates.</source>
        <translation>Les lieux portent les noms que leur donne aujourd’hui le jeu de données&#xa0;: il en donne les anciens noms sans dates.</translation>
    </message>
    <message>
        <source>Map of Belarus and Kazakhstan by region: no partnership or joint venture matches the filters.</source>
        <translation>Carte du Bélarus et du Kazakhstan par région&#xa0;: aucun partenariat ni aucune coentreprise ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s)</source>
        <translation>
            <numerusform>Carte du Bélarus et du Kazakhstan par région&#xa0;: %n partenariat</numerusform>
            <numerusform>Carte du Bélarus et du Kazakhstan par région&#xa0;: %n partenariats</numerusform>
        </translation>
    </message>
    <message>
        <source>, most in %1 (%2)</source>
        <translation>, dont le plus grand nombre pour %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n drawn as arcs between the partners&apos; places</source>
        <translation>
            <numerusform>&#xa0;; %n tracé en arc entre les lieux des partenaires</numerusform>
            <numerusform>&#xa0;; %n tracés en arcs entre les lieux des partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n joint venture(s)</source>
        <translation>
            <numerusform>&#xa0;; %n coentreprise</numerusform>
            <numerusform>&#xa0;; %n coentreprises</numerusform>
        </translation>
    </message>
    <message>
        <source>, most at %1 (%2)</source>
        <translation>, dont le plus grand nombre à %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Map of Belarus and Kazakhstan by region: %n partnership(s) and their arcs, </source>
        <translation>
            <numerusform>Carte du Bélarus et du Kazakhstan par région&#xa0;: %n partenariat et son arc, </numerusform>
            <numerusform>Carte du Bélarus et du Kazakhstan par région&#xa0;: %n partenariats et leurs arcs, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) as pins.</source>
        <translation>
            <numerusform>%n coentreprise en épingle.</numerusform>
            <numerusform>%n coentreprises en épingles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Partnerships per region: %1.</source>
        <translation>Partenariats par région&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Arcs: %1.</source>
        <translation>Arcs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Joint ventures per place: %1.</source>
        <translation>Coentreprises par lieu&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s) with a side that names no place are counted in their regions but not drawn as arcs.</source>
        <translation>
            <numerusform>%n partenariat dont une partie ne nomme aucun lieu est compté dans sa région mais n’est pas tracé en arc.</numerusform>
            <numerusform>%n partenariats dont une partie ne nomme aucun lieu sont comptés dans leurs régions mais ne sont pas tracés en arcs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s) that name(s) no town or region have no pin.</source>
        <translation>
            <numerusform>%n coentreprise qui ne nomme ni ville ni région n’a pas d’épingle.</numerusform>
            <numerusform>%n coentreprises qui ne nomment ni ville ni région n’ont pas d’épingle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <source>Russia</source>
        <translation>Russie</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation>Mongolie</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraine</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Pologne</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lituanie</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettonie</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Ouzbékistan</translation>
    </message>
    <message>
        <source>Turkmenistan</source>
        <translation>Turkménistan</translation>
    </message>
    <message>
        <source>Kyrgyzstan</source>
        <translation>Kirghizistan</translation>
    </message>
    <message>
        <source>Caspian Sea</source>
        <translation>Mer Caspienne</translation>
    </message>
    <message>
        <source>Black Sea</source>
        <translation>Mer Noire</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>%1 (enlarged ×%2)</source>
        <translation>%1 (agrandi ×%2)</translation>
    </message>
    <message>
        <source>Boundaries: %1</source>
        <translation>Frontières&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#xa0;km</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>capital</source>
        <translation>capitale</translation>
    </message>
    <message>
        <source>town or district</source>
        <translation>ville ou district</translation>
    </message>
    <message>
        <source>region&apos;s centre</source>
        <translation>centre de la région</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Partenariats par région</translation>
    </message>
    <message>
        <source>Partnerships between places</source>
        <translation>Partenariats entre deux lieux</translation>
    </message>
    <message>
        <source>Joint ventures and plants</source>
        <translation>Coentreprises et usines</translation>
    </message>
    <message>
        <source>in a town (number: how many)</source>
        <translation>dans une ville (chiffre&#xa0;: combien)</translation>
    </message>
    <message>
        <source>only the region is known</source>
        <translation>seule la région est connue</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s): a side names no place</source>
        <translation>
            <numerusform>%n partenariat&#xa0;: une partie ne nomme aucun lieu</numerusform>
            <numerusform>%n partenariats&#xa0;: une partie ne nomme aucun lieu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n joint venture(s): no town or region given</source>
        <translation>
            <numerusform>%n coentreprise&#xa0;: ni ville ni région indiquée</numerusform>
            <numerusform>%n coentreprises&#xa0;: ni ville ni région indiquée</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Absents de la carte</translation>
    </message>
</context>
<context>
    <name>MapRenderer</name>
    <message>
        <source>No partnerships or ventures match the current filters</source>
        <translation>Aucun partenariat ni aucune coentreprise ne correspond aux filtres</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (avec %2)</translation>
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
            <numerusform>%1&#xa0;: %n partenariat</numerusform>
            <numerusform>%1&#xa0;: %n partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n partnership(s) between them</source>
        <translation>
            <numerusform>%1&#xa0;: %n partenariat entre eux</numerusform>
            <numerusform>%1&#xa0;: %n partenariats entre eux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, town not given: %n joint venture(s)</source>
        <translation>
            <numerusform>%1, ville non indiquée&#xa0;: %n coentreprise</numerusform>
            <numerusform>%1, ville non indiquée&#xa0;: %n coentreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n joint venture(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n coentreprise</numerusform>
            <numerusform>%1&#xa0;: %n coentreprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapStyle</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>OutputFiles</name>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>une socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>plus de place sur le disque</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier donné</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which does not exist</source>
        <translation>impossible d’écrire %1&#xa0;: c’est un lien vers %2, qui n’existe pas</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, which is %3, not a regular file</source>
        <translation>impossible d’écrire %1&#xa0;: c’est un lien vers %2, qui est %3, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot write %1: it is a link to %2, a file that belongs to another user</source>
        <translation>impossible d’écrire %1&#xa0;: c’est un lien vers %2, un fichier qui appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>cannot write %1: it is %2, not a regular file</source>
        <translation>impossible d’écrire %1&#xa0;: c’est %2, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: cannot keep a copy of the file it replaces</source>
        <translation>impossible d’écrire %1&#xa0;: impossible de garder une copie du fichier qu’il remplace</translation>
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
        <translation>Chiffre complémentaire, hors livre</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Livre, note %1</translation>
    </message>
    <message>
        <source>Supplementary, not from the book</source>
        <translation>Complémentaire, hors livre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Éléments liés</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>année entière</translation>
    </message>
    <message>
        <source>Figure (supplementary)</source>
        <translation>Chiffre (complémentaire)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>The sources give another value</source>
        <translation>Les sources donnent une autre valeur</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Joint venture or project</source>
        <translation>Coentreprise ou projet</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1&#xa0;M$&#xa0;US</translation>
    </message>
    <message>
        <source>investment US$ %1 M</source>
        <translation>investissement de %1&#xa0;M$&#xa0;US</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 emplois</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1&#xa0;m²</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Étapes clés</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Areas of cooperation</source>
        <translation>Domaines de coopération</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Dans ce lieu</translation>
    </message>
    <message>
        <source>Source: book note %1</source>
        <translation>Source&#xa0;: note %1 du livre</translation>
    </message>
    <message>
        <source>Source: supplementary page</source>
        <translation>Source&#xa0;: page complémentaire</translation>
    </message>
    <message>
        <source>Records citing it</source>
        <translation>Fiches citant cette source</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Ventures started</source>
        <translation>Coentreprises lancées</translation>
    </message>
    <message>
        <source>Partnerships signed</source>
        <translation>Partenariats signés</translation>
    </message>
    <message>
        <source>The dataset has nothing dated in this year.</source>
        <translation>Le jeu de données ne contient rien de daté de cette année.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, note %2</source>
        <translation>%1, note %2</translation>
    </message>
    <message>
        <source>Told differently elsewhere</source>
        <translation>Raconté autrement ailleurs</translation>
    </message>
    <message>
        <source>Based in %1</source>
        <translation>Basés à %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, et non un fichier</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file: only regular files are read</source>
        <translation>est un tube nommé (FIFO), et non un fichier&#xa0;: seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>is a device, not a file: only regular files are read</source>
        <translation>est un périphérique, et non un fichier&#xa0;: seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>is a socket, not a file: only regular files are read</source>
        <translation>est un socket, et non un fichier&#xa0;: seuls les fichiers ordinaires sont lus</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file holds %1; files larger than %2 are refused</source>
        <translation>le fichier fait %1&#xa0;; les fichiers de plus de %2 sont refusés</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1&#xa0;Mio</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SourceLine</name>
    <message>
        <source>supplementary figures, not from the book: %1</source>
        <translation>chiffres complémentaires, hors livre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made with Partnership Explorer.</source>
        <translation>Réalisé avec Partnership Explorer.</translation>
    </message>
    <message>
        <source>Source: %1, note %2</source>
        <translation>Source&#xa0;: %1, note %2</translation>
    </message>
    <message>
        <source>Source: %1, notes %2</source>
        <translation>Source&#xa0;: %1, notes %2</translation>
    </message>
</context>
<context>
    <name>TableExportSource</name>
    <message numerus="yes">
        <source>A table of %n record(s).</source>
        <translation>
            <numerusform>Tableau de %n fiche.</numerusform>
            <numerusform>Tableau de %n fiches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineExportSource</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>, by category</source>
        <translation>, par catégorie</translation>
    </message>
    <message>
        <source>No events match the filters.</source>
        <translation>Aucun événement ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to %3 (%4), in lanes by category (%5).</source>
        <translation>
            <numerusform>Frise chronologique de %n événement du partenariat Bélarus–Kazakhstan, de %1 (%2) à %3 (%4), en lignes par catégorie (%5).</numerusform>
            <numerusform>Frise chronologique de %n événements du partenariat Bélarus–Kazakhstan, de %1 (%2) à %3 (%4), en lignes par catégorie (%5).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourHandout</name>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>the tour has no step</source>
        <translation>le parcours ne comporte aucune étape</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>impossible de lancer le rendu du PDF</translation>
    </message>
</context>
<context>
    <name>TourLoader</name>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>valeur attendue&#xa0;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>version %1 is not supported; expected %2</source>
        <translation>la version %1 n’est pas prise en charge&#xa0;; valeur attendue&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an array of at least one step</source>
        <translation>tableau d’au moins une étape attendu</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ &quot;%1&quot; inconnu</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>champ &quot;%1&quot; manquant</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>entier attendu</translation>
    </message>
    <message>
        <source>expected a year from %1 to %2</source>
        <translation>année attendue de %1 à %2</translation>
    </message>
    <message>
        <source>expected an object of texts in en, fr and ru</source>
        <translation>objet de textes attendu (en, fr et ru)</translation>
    </message>
    <message>
        <source>no record &quot;%1&quot; in the dataset</source>
        <translation>aucune fiche &quot;%1&quot; dans le jeu de données</translation>
    </message>
    <message>
        <source>record &quot;%1&quot; is not shown in the %2 view; expected one of: %3</source>
        <translation>la fiche &quot;%1&quot; n’est pas affichée dans la vue %2&#xa0;; vues possibles&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected a step object</source>
        <translation>objet d’étape attendu</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; expected one of: %2</source>
        <translation>vue &quot;%1&quot; inconnue&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected {&quot;from&quot;: YEAR, &quot;to&quot;: YEAR}</source>
        <translation>attendu&#xa0;: {&quot;from&quot;: ANNÉE, &quot;to&quot;: ANNÉE}</translation>
    </message>
    <message>
        <source>the years are in the wrong order</source>
        <translation>les années sont dans le mauvais ordre</translation>
    </message>
    <message>
        <source>expected both &quot;from&quot; and &quot;to&quot;</source>
        <translation>&quot;from&quot; et &quot;to&quot; sont attendus tous les deux</translation>
    </message>
    <message>
        <source>expected {&quot;year&quot;: YEAR}</source>
        <translation>attendu&#xa0;: {&quot;year&quot;: ANNÉE}</translation>
    </message>
    <message>
        <source>expected the ids of the sources the caption relies on</source>
        <translation>attendu&#xa0;: les identifiants des sources sur lesquelles s’appuie la légende</translation>
    </message>
    <message>
        <source>expected a source id</source>
        <translation>identifiant de source attendu</translation>
    </message>
    <message>
        <source>no source &quot;%1&quot; in the dataset</source>
        <translation>aucune source &quot;%1&quot; dans le jeu de données</translation>
    </message>
    <message>
        <source>expected {&quot;record&quot;: ID, &quot;prompt&quot;: TEXTS}</source>
        <translation>attendu&#xa0;: {&quot;record&quot;: ID, &quot;prompt&quot;: TEXTES}</translation>
    </message>
    <message>
        <source>expected a filter object</source>
        <translation>objet de filtre attendu</translation>
    </message>
    <message>
        <source>no place &quot;%1&quot; in the dataset</source>
        <translation>aucun lieu &quot;%1&quot; dans le jeu de données</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of: %2</source>
        <translation>catégorie &quot;%1&quot; inconnue&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown sector &quot;%1&quot;; expected one of: %2</source>
        <translation>secteur &quot;%1&quot; inconnu&#xa0;; valeurs attendues&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected &quot;book&quot; or &quot;all&quot;</source>
        <translation>valeur attendue&#xa0;: &quot;book&quot; ou &quot;all&quot;</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a text in at least one of en, fr and ru</source>
        <translation>attendu&#xa0;: un texte dans au moins une des langues en, fr ou ru</translation>
    </message>
</context>
<context>
    <name>TradeSeriesChoice</name>
    <message>
        <source>unknown series &quot;%1&quot;: expected a comma-separated list of %2</source>
        <translation>série inconnue « %1 » : attendu une liste séparée par des virgules parmi %2</translation>
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
        <translation>Graphique des échanges&#xa0;: aucun chiffre d’échanges ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2.</source>
        <translation>Graphique linéaire des échanges entre le Bélarus et le Kazakhstan en millions de dollars US, %1–%2.</translation>
    </message>
    <message numerus="yes">
        <source>%1, from the book: %n figure(s), from %2 in %3 to %4 in %5; peak %6 in %7.</source>
        <translation>
            <numerusform>%1, d’après le livre&#xa0;: %n chiffre, de %2 en %3 à %4 en %5&#xa0;; maximum de %6 en %7.</numerusform>
            <numerusform>%1, d’après le livre&#xa0;: %n chiffres, de %2 en %3 à %4 en %5&#xa0;; maximum de %6 en %7.</numerusform>
        </translation>
    </message>
    <message>
        <source>No full-year figure for %1: the lines are broken there, never interpolated.</source>
        <translation>Aucun chiffre sur l’année entière pour %1&#xa0;: les courbes y sont interrompues, jamais interpolées.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Supplementary figures for %1 are marked apart: they come from public news pages, not from the book.</source>
        <translation>Les chiffres complémentaires pour %1 sont signalés à part&#xa0;: ils proviennent de pages d’actualité publiques, et non du livre.</translation>
    </message>
    <message>
        <source>Part-year figures, not comparable with full years: %1.</source>
        <translation>Chiffres infra-annuels, non comparables aux années entières&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Marked: the %1 record, %2.</source>
        <translation>Repère&#xa0;: le record de %1, %2.</translation>
    </message>
    <message>
        <source>Marked: %1, the first year above US$ 1 billion (%2).</source>
        <translation>Repère&#xa0;: %1, première année au-dessus de 1 milliard de dollars US (%2).</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Repère&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Line chart of Belarus–Kazakhstan trade in US$ million, %1–%2: %3.</source>
        <translation>Graphique linéaire du commerce Biélorussie–Kazakhstan en millions de dollars, %1–%2 : %3.</translation>
    </message>
    <message>
        <source>%1 went from %2 in %3 to %4 in %5.</source>
        <translation>%1 : de %2 en %3 à %4 en %5.</translation>
    </message>
    <message>
        <source>Record in %1, %2, the first year above US$ 1 billion.</source>
        <translation>Record en %1, %2, première année au-dessus de 1 milliard de dollars.</translation>
    </message>
    <message>
        <source>Record in %1, %2.</source>
        <translation>Record en %1, %2.</translation>
    </message>
    <message>
        <source>No full-year figure for %1.</source>
        <translation>Pas de chiffre annuel pour %1.</translation>
    </message>
    <message>
        <source>%1 (Belarusian figures)</source>
        <comment>indicator, as Belarusian statistics give it</comment>
        <translation>%1 (chiffres bélarussiens)</translation>
    </message>
    <message>
        <source>%1 (Kazakh figures)</source>
        <comment>indicator, as Kazakh statistics give it</comment>
        <translation>%1 (chiffres kazakhs)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Diplomacy</source>
        <translation>Diplomatie</translation>
    </message>
    <message>
        <source>Treaties</source>
        <translation>Traités</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industrie</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Construction</source>
        <translation>Construction</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Science</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Culture</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Agriculture and food</source>
        <translation>Agroalimentaire</translation>
    </message>
    <message>
        <source>Agricultural machinery</source>
        <translation>Machines agricoles</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Mining machinery</source>
        <translation>Équipements miniers</translation>
    </message>
    <message>
        <source>Machine building</source>
        <translation>Construction mécanique</translation>
    </message>
    <message>
        <source>Petrochemistry</source>
        <translation>Pétrochimie</translation>
    </message>
    <message>
        <source>Wood products</source>
        <translation>Produits du bois</translation>
    </message>
    <message>
        <source>Light industry</source>
        <translation>Industrie légère</translation>
    </message>
    <message>
        <source>Pharmaceuticals and veterinary</source>
        <translation>Produits pharmaceutiques et vétérinaires</translation>
    </message>
    <message>
        <source>Transport and logistics</source>
        <translation>Transport et logistique</translation>
    </message>
    <message>
        <source>IT and digital</source>
        <translation>Informatique et numérique</translation>
    </message>
    <message>
        <source>Aerospace and drones</source>
        <translation>Aérospatiale et drones</translation>
    </message>
    <message>
        <source>Trade and services</source>
        <translation>Commerce et services</translation>
    </message>
    <message>
        <source>Industrial parks</source>
        <translation>Parcs industriels</translation>
    </message>
    <message>
        <source>Education and science</source>
        <translation>Éducation et science</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Échanges commerciaux</translation>
    </message>
    <message>
        <source>Belarusian exports</source>
        <translation>Exportations bélarussiennes</translation>
    </message>
    <message>
        <source>Belarusian imports</source>
        <translation>Importations bélarussiennes</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximatif</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>moins de</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>réel</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>forecast</source>
        <translation>prévision</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régional</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sectoriel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>En projet</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Université</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cultural centre</source>
        <translation>Centre culturel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Mémorandum</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>trade</source>
        <translation>commerce</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>industrie</translation>
    </message>
    <message>
        <source>agriculture</source>
        <translation>agriculture</translation>
    </message>
    <message>
        <source>education</source>
        <translation>éducation</translation>
    </message>
    <message>
        <source>science</source>
        <translation>science</translation>
    </message>
    <message>
        <source>culture</source>
        <translation>culture</translation>
    </message>
    <message>
        <source>tourism</source>
        <translation>tourisme</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>construction</source>
        <translation>construction</translation>
    </message>
    <message>
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>jeunesse</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>sport</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transports</translation>
    </message>
    <message>
        <source>humanitarian ties</source>
        <translation>liens humanitaires</translation>
    </message>
    <message>
        <source>Belarusian figures</source>
        <translation>Chiffres bélarussiens</translation>
    </message>
    <message>
        <source>Kazakh figures</source>
        <translation>Chiffres kazakhs</translation>
    </message>
    <message>
        <source>Side not stated</source>
        <translation>Partie non précisée</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>H1</source>
        <translation>S1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>month range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>US$ %1 M</source>
        <translation>%1&#xa0;M$&#xa0;US</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈&#xa0;%1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt;&#xa0;%1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt;&#xa0;%1</translation>
    </message>
    <message>
        <source>Growth of Belarusian exports</source>
        <translation>Croissance des exportations biélorusses</translation>
    </message>
    <message>
        <source>Growth of Belarusian imports</source>
        <translation>Croissance des importations biélorusses</translation>
    </message>
</context>
<context>
    <name>commandline</name>
    <message>
        <source>Checks a dataset file against the schema (docs/dataset.md), or a tour
file (docs/tours.md) against the built-in dataset.
Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage.</source>
        <translation>Vérifie un fichier de jeu de données par rapport au schéma (docs/dataset.md), ou un fichier
de parcours (docs/tours.md) par rapport au jeu de données intégré.
Code de sortie&#xa0;: 0 valide, 1 non valide, 2 illisible ou utilisation incorrecte.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open this dataset file.</source>
        <translation>Ouvrir ce fichier de jeu de données.</translation>
    </message>
    <message>
        <source>Interface language: en, fr, ru, kk or be.</source>
        <translation>Langue de l’interface&#xa0;: en, fr, ru, kk ou be.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected en, fr, ru, kk or be</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#xa0;: valeurs attendues en, fr, ru, kk ou be</translation>
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
        <translation>Explorez trente ans de partenariat entre le Bélarus et le Kazakhstan.

Commandes&#xa0;:
  validate FILE              vérifier un jeu de données (sortie 0 valide, 1 non valide, 2 illisible)
  export --view VIEW --format FMT --out FILE [--width PX --height PX --scale N]
         [--lang L] [--theme light|dark|print] [--dataset FILE]
         [--from YEAR --to YEAR --place ID --category C --sector S
          --search TEXT --sources book|all] [--series LIST] [--csv-excel]
                             générer une vue sans affichage graphique, filtrée
                             comme dans la fenêtre
  export --tour NAME|FILE --format pdf --out FILE [--lang L] [--dataset FILE]
                             générer le polycopié d’un parcours, une page par étape
  cite RECORD-ID [--style chicago|apa|gost|bibtex|ris|csl-json] [--lang L]
  cite --view VIEW [les filtres de la commande export] [--style S]
                             afficher la citation d’une fiche, ou la bibliographie d’une vue
  screenshot --out-dir DIR [--lang L] [--theme T] [--present]
         [les filtres de la commande export]
                             générer chaque vue principale dans DIR/VIEW.png
Chaque commande accepte --help.</translation>
    </message>
    <message>
        <source>A dataset or a tour to open (a file manager passes the file opened with the app).</source>
        <translation>Un jeu de données ou un parcours à ouvrir (un gestionnaire de fichiers passe le fichier ouvert avec l’application).</translation>
    </message>
    <message>
        <source>open one FILE at a time</source>
        <translation>un seul FILE à la fois</translation>
    </message>
    <message>
        <source>Forget every remembered setting (window, language, recent files, export choices) before starting.</source>
        <translation>Oublier tous les réglages mémorisés (fenêtre, langue, fichiers récents, choix d’export) avant de démarrer.</translation>
    </message>
</context>
<context>
    <name>pe::DataChartView</name>
    <message>
        <source>Book, %1</source>
        <translation>Livre, %1</translation>
    </message>
    <message>
        <source>Supplementary (not from the book)</source>
        <translation>Complémentaire (hors livre)</translation>
    </message>
    <message>
        <source>Supplementary: %1 (not from the book)</source>
        <translation>Complémentaire&#xa0;: %1 (hors livre)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value (US$ million)</source>
        <translation>Valeur (millions de dollars US)</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificatif</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Déclaré par</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>année entière</translation>
    </message>
    <message>
        <source>supplementary (not from the book)</source>
        <translation>complémentaire (hors livre)</translation>
    </message>
    <message>
        <source>book</source>
        <translation>livre</translation>
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
    <message>
        <source>supplementary</source>
        <translation>complémentaire</translation>
    </message>
</context>
<context>
    <name>pe::DetailPane</name>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select an event, a figure, a venture or a partnership to read what the book says and where it comes from.</source>
        <translation>Sélectionnez un événement, un chiffre, une coentreprise ou un partenariat pour lire ce qu’en dit le livre et d’où proviennent les informations.</translation>
    </message>
    <message>
        <source>Citation copied</source>
        <translation>Citation copiée</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy in Chicago Style</source>
        <translation>Copier en style Chicago</translation>
    </message>
    <message>
        <source>Copy in APA Style</source>
        <translation>Copier en style APA</translation>
    </message>
    <message>
        <source>Copy in GOST Style</source>
        <translation>Copier en style GOST</translation>
    </message>
    <message>
        <source>Save as BibTeX (.bib)…</source>
        <translation>Enregistrer en BibTeX (.bib)…</translation>
    </message>
    <message>
        <source>Save as RIS (.ris)…</source>
        <translation>Enregistrer en RIS (.ris)…</translation>
    </message>
    <message>
        <source>Save as CSL-JSON (.json)…</source>
        <translation>Enregistrer en CSL-JSON (.json)…</translation>
    </message>
    <message>
        <source>Save Citation</source>
        <translation>Enregistrer la citation</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Citation saved</source>
        <translation>Citation enregistrée</translation>
    </message>
    <message>
        <source>How to cite (%1)</source>
        <translation>Comment citer (%1)</translation>
    </message>
    <message>
        <source>Style Shown Below</source>
        <translation>Style affiché ci-dessous</translation>
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
        <translation>GOST</translation>
    </message>
    <message>
        <source>Hidden by the current filters: no view shows this record.</source>
        <translation>Masqué par les filtres en cours&#xa0;: aucune vue n&apos;affiche cet élément.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Clear Selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Copy Citation</source>
        <translation>Copier la citation</translation>
    </message>
    <message>
        <source>Cite this record&apos;s sources, or a year&apos;s, in a style: copy them or save them for a reference manager (%1 copies in the style shown below)</source>
        <translation>Citer les sources de cet élément, ou d&apos;une année, dans un style&#xa0;: les copier ou les enregistrer pour un gestionnaire de références (%1 copie dans le style affiché ci-dessous)</translation>
    </message>
    <message>
        <source>What is selected, with its sources; Tab moves between its links.</source>
        <translation>L&apos;élément sélectionné, avec ses sources&#xa0;; Tab passe d&apos;un lien à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>pe::EventModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>pe::ExportDialog</name>
    <message>
        <source>CSV (the numbers, UTF-8)</source>
        <translation>CSV (données chiffrées, UTF-8)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>Image vectorielle SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>Copier le CSV</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>Article (1200 × 675)</source>
        <translation>Article (1200 × 675)</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Diapositive (1920 × 1080)</translation>
    </message>
    <message>
        <source>Square (1080 × 1080)</source>
        <translation>Carré (1080 × 1080)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Print (greyscale)</source>
        <translation>Impression (niveaux de gris)</translation>
    </message>
    <message>
        <source>Optional notes drawn above the source line</source>
        <translation>Notes facultatives affichées au-dessus de la ligne de source</translation>
    </message>
    <message>
        <source>Copy Alt Text</source>
        <translation>Copier le texte alternatif</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Some text is %1 pt at this size, under %2 pt: hard to read in print. Choose a larger size.</source>
        <translation>Une partie du texte mesure %1 pt à cette taille, moins de %2 pt : difficile à lire à l’impression. Choisissez une taille plus grande.</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Print (%1 × %2 cm at %3 dpi)</source>
        <translation>Impression (%1 × %2 cm à %3 ppp)</translation>
    </message>
    <message>
        <source>Show the selection</source>
        <translation>Montrer la sélection</translation>
    </message>
    <message>
        <source>Draw the record and year selected in the window, as on screen. Off: the file shows the data alone.</source>
        <translation>Dessiner l’enregistrement et l’année sélectionnés dans la fenêtre, comme à l’écran. Désactivé : le fichier ne montre que les données.</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV pour Excel</translation>
    </message>
    <message>
        <source>A byte order mark so that Excel reads the text right, and in French, Russian, Kazakh or Belarusian semicolons between fields and decimal commas. Off: plain CSV for scripts and Datawrapper.</source>
        <translation>Une marque d’ordre des octets pour qu’Excel lise correctement le texte et, en français, russe, kazakh ou bélarussien, des points-virgules entre les champs et des virgules décimales. Désactivé&#xa0;: CSV simple pour les scripts et Datawrapper.</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>Le fichier n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>pe::FilterBar</name>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>Search events, figures, ventures, places… (Ctrl+F)</source>
        <translation>Rechercher des événements, chiffres, coentreprises, lieux… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>First year shown</source>
        <translation>Première année affichée</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>Dernière année affichée</translation>
    </message>
    <message>
        <source>Event category (timeline)</source>
        <translation>Catégorie d’événement (frise chronologique)</translation>
    </message>
    <message>
        <source>Region or country: also matches the cities within it</source>
        <translation>Région ou pays&#xa0;: inclut aussi les villes qui s’y trouvent</translation>
    </message>
    <message>
        <source>Sector of ventures, figures and the events about them</source>
        <translation>Secteur des coentreprises, des chiffres et des événements qui s’y rapportent</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Show every record again: clears the search and every filter</source>
        <translation>Tout afficher à nouveau&#xa0;: efface la recherche et tous les filtres</translation>
    </message>
</context>
<context>
    <name>pe::LoadingIndicator</name>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading this dataset and keep the one in use</source>
        <translation>Arrêter la lecture de ce jeu de données et garder celui en cours</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
</context>
<context>
    <name>pe::MainWindow</name>
    <message>
        <source>About Partnership Explorer</source>
        <translation>À propos de Partnership Explorer</translation>
    </message>
    <message>
        <source>Partnership Explorer</source>
        <translation>Partnership Explorer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation>Échanges commerciaux</translation>
    </message>
    <message>
        <source>Regional trade</source>
        <translation>Commerce régional</translation>
    </message>
    <message>
        <source>Region pairings</source>
        <translation>Partenariats régionaux</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>Coentreprises</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>&amp;Ouvrir un jeu de données…</translation>
    </message>
    <message>
        <source>Open &amp;Built-in Dataset</source>
        <translation>Ouvrir le jeu de données &amp;intégré</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Copy View as Image</source>
        <translation>&amp;Copier la vue comme image</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Ajuster la frise chronologique</translation>
    </message>
    <message>
        <source>&amp;Details Pane</source>
        <translation>Volet des &amp;détails</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Partnership Explorer</source>
        <translation>À &amp;propos de Partnership Explorer</translation>
    </message>
    <message>
        <source>%1 · %2 events · %3 figures · %4 ventures · %5 partnerships · %6 sources</source>
        <translation>%1 · %2 événements · %3 chiffres · %4 coentreprises · %5 partenariats · %6 sources</translation>
    </message>
    <message>
        <source>Built-in dataset</source>
        <translation>Jeu de données intégré</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Ouvrir un jeu de données</translation>
    </message>
    <message>
        <source>Datasets (*.json);;All files (*)</source>
        <translation>Jeux de données (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Thirty years of the Belarus–Kazakhstan partnership, from %2, with supplementary public figures marked as such.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Partnership Explorer %1&lt;/h3&gt;&lt;p&gt;Trente ans de partenariat entre le Bélarus et le Kazakhstan, d’après %2, complétés par des chiffres publics signalés comme tels.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>Present a &amp;Built-in Tour</source>
        <translation>Présenter un parcours &amp;intégré</translation>
    </message>
    <message>
        <source>&amp;Present This Tour</source>
        <translation>&amp;Présenter ce parcours</translation>
    </message>
    <message>
        <source>Presenter &amp;View</source>
        <translation>&amp;Vue présentateur</translation>
    </message>
    <message>
        <source>&amp;New Tour</source>
        <translation>&amp;Nouveau parcours</translation>
    </message>
    <message>
        <source>&amp;Open Tour…</source>
        <translation>&amp;Ouvrir un parcours…</translation>
    </message>
    <message>
        <source>Open &amp;Recent Tour</source>
        <translation>Parcours &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Save Tour</source>
        <translation>&amp;Enregistrer le parcours</translation>
    </message>
    <message>
        <source>Save Tour &amp;As…</source>
        <translation>Enregistrer le parcours &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Edit Tour</source>
        <translation>&amp;Modifier le parcours</translation>
    </message>
    <message>
        <source>&amp;Add This View as a Step</source>
        <translation>&amp;Ajouter cette vue comme étape</translation>
    </message>
    <message>
        <source>Export &amp;Handout…</source>
        <translation>Exporter le poly&amp;copié…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>É&amp;lément</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>The timeline, the charts and the tables of the dataset: Alt+1 to Alt+6 show them</source>
        <translation>La frise, les graphiques et les tableaux du jeu de données&#xa0;: Alt+1 à Alt+6 les affichent</translation>
    </message>
    <message>
        <source>Up and Down move between rows and show the row&apos;s record in the detail pane; Tab leaves the table.</source>
        <translation>Haut et Bas passent d&apos;une ligne à l&apos;autre et affichent son élément dans le volet de détails&#xa0;; Tab quitte le tableau.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Partenariats par région</translation>
    </message>
    <message>
        <source>Enter or a double click on a region filters every view to it.</source>
        <translation>Entrée ou un double-clic sur une région filtre toutes les vues sur elle.</translation>
    </message>
    <message>
        <source>Left and Right step through what the chart draws, Enter opens its record.</source>
        <translation>Gauche et Droite parcourent ce que trace le graphique, Entrée ouvre l&apos;élément.</translation>
    </message>
    <message>
        <source>Turnover chart</source>
        <translation>Graphique des échanges commerciaux</translation>
    </message>
    <message>
        <source>Regional trade chart</source>
        <translation>Graphique du commerce régional</translation>
    </message>
    <message>
        <source>Output of the assembly plants</source>
        <translation>Production des usines d&apos;assemblage</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>Not applied in this view: %1</source>
        <translation>Sans effet dans cette vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No event matches the search and filters.</source>
        <translation>Aucun événement ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>This dataset has no events.</source>
        <translation>Ce jeu de données n&apos;a aucun événement.</translation>
    </message>
    <message>
        <source>No figure matches the search and filters.</source>
        <translation>Aucun chiffre ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>This dataset has no figures.</source>
        <translation>Ce jeu de données n&apos;a aucun chiffre.</translation>
    </message>
    <message>
        <source>No partnership matches the search and filters.</source>
        <translation>Aucun partenariat ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>This dataset has no partnerships.</source>
        <translation>Ce jeu de données n&apos;a aucun partenariat.</translation>
    </message>
    <message>
        <source>No venture matches the search and filters.</source>
        <translation>Aucune coentreprise ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>This dataset has no ventures.</source>
        <translation>Ce jeu de données n&apos;a aucune coentreprise.</translation>
    </message>
    <message>
        <source>No source matches the search and filters.</source>
        <translation>Aucune source ne correspond à la recherche et aux filtres.</translation>
    </message>
    <message>
        <source>This dataset has no sources.</source>
        <translation>Ce jeu de données n&apos;a aucune source.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>Affichés&#xa0;: %1 sur %n événement</numerusform>
            <numerusform>Affichés&#xa0;: %1 sur %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n figures shown</source>
        <translation>
            <numerusform>Affichés&#xa0;: %1 sur %n chiffre</numerusform>
            <numerusform>Affichés&#xa0;: %1 sur %n chiffres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n partnerships shown</source>
        <translation>
            <numerusform>Affichés&#xa0;: %1 sur %n partenariat</numerusform>
            <numerusform>Affichés&#xa0;: %1 sur %n partenariats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ventures shown</source>
        <translation>
            <numerusform>Affichées&#xa0;: %1 sur %n coentreprise</numerusform>
            <numerusform>Affichées&#xa0;: %1 sur %n coentreprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sources shown</source>
        <translation>
            <numerusform>Affichées&#xa0;: %1 sur %n source</numerusform>
            <numerusform>Affichées&#xa0;: %1 sur %n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Stopped reading %1; the dataset in use stays</source>
        <translation>Lecture de %1 arrêtée&#xa0;; le jeu de données en cours reste</translation>
    </message>
</context>
<context>
    <name>pe::MapLayerBar</name>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Shade each region by the partnerships that involve it</source>
        <translation>Teinter chaque région selon les partenariats qui la concernent</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
    <message>
        <source>Draw each partnership as an arc between the two sides&apos; places</source>
        <translation>Tracer chaque partenariat en arc entre les lieux des deux parties</translation>
    </message>
    <message>
        <source>Ventures</source>
        <translation>Coentreprises</translation>
    </message>
    <message>
        <source>Pin joint ventures and plants at their places</source>
        <translation>Épingler les coentreprises et les usines à leur emplacement</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Show places and their names</source>
        <translation>Afficher les lieux et leurs noms</translation>
    </message>
</context>
<context>
    <name>pe::MapView</name>
    <message>
        <source>Press Enter to filter every view to this region</source>
        <translation>Appuyez sur Entrée pour filtrer toutes les vues sur cette région</translation>
    </message>
    <message>
        <source>Press Enter to show it in the details</source>
        <translation>Appuyez sur Entrée pour l’afficher dans les détails</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Regions shaded by their partnerships, arcs between partner places, pins for joint ventures. The arrow keys move between them, Tab to the next group, Enter filters to a region or opens a partnership or venture in the details.</source>
        <translation>Régions teintées selon leurs partenariats, arcs entre les lieux partenaires, épingles pour les coentreprises. Les flèches passent de l’un à l’autre, Tab au groupe suivant&#xa0;; Entrée filtre sur une région ou ouvre un partenariat ou une coentreprise dans les détails.</translation>
    </message>
    <message>
        <source>Other names: %1</source>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Click to filter every view to %1</source>
        <translation>Cliquez pour filtrer toutes les vues sur %1</translation>
    </message>
    <message>
        <source>Click to show every region again</source>
        <translation>Cliquez pour afficher de nouveau toutes les régions</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show one in the details, again for the next</source>
        <translation>Cliquez pour en afficher un dans les détails, de nouveau pour le suivant</translation>
    </message>
    <message>
        <source>Click to show it in the details</source>
        <translation>Cliquez pour l’afficher dans les détails</translation>
    </message>
</context>
<context>
    <name>pe::ObservationModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Déclaré par</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>année entière</translation>
    </message>
</context>
<context>
    <name>pe::PairingModel</name>
    <message>
        <source>Belarusian side</source>
        <translation>Partie bélarussienne</translation>
    </message>
    <message>
        <source>Kazakh side</source>
        <translation>Partie kazakhe</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>pe::PairingsPage</name>
    <message>
        <source>Double-click a region to filter every view to it</source>
        <translation>Double-cliquez sur une région pour filtrer toutes les vues sur celle-ci</translation>
    </message>
    <message>
        <source>Partnerships per region</source>
        <translation>Partenariats par région</translation>
    </message>
</context>
<context>
    <name>pe::PlaceModel</name>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Situé dans</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
</context>
<context>
    <name>pe::PresentationMode</name>
    <message>
        <source>Go to step: %1</source>
        <translation>Aller à l’étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>→  ↓  Page Down  Space</source>
        <translation>→  ↓  Page suiv.  Espace</translation>
    </message>
    <message>
        <source>next step</source>
        <translation>étape suivante</translation>
    </message>
    <message>
        <source>←  ↑  Page Up  Backspace</source>
        <translation>←  ↑  Page préc.  Retour arrière</translation>
    </message>
    <message>
        <source>previous step</source>
        <translation>étape précédente</translation>
    </message>
    <message>
        <source>Home  End</source>
        <translation>Origine  Fin</translation>
    </message>
    <message>
        <source>first, last step</source>
        <translation>première, dernière étape</translation>
    </message>
    <message>
        <source>B  or  .</source>
        <translation>B  ou  .</translation>
    </message>
    <message>
        <source>black screen (any key returns)</source>
        <translation>écran noir (n’importe quelle touche pour revenir)</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>white screen</source>
        <translation>écran blanc</translation>
    </message>
    <message>
        <source>G, or a number, then Enter</source>
        <translation>G, ou un numéro, puis Entrée</translation>
    </message>
    <message>
        <source>go to a step</source>
        <translation>aller à une étape</translation>
    </message>
    <message>
        <source>overview of the steps</source>
        <translation>vue d’ensemble des étapes</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>these keys</source>
        <translation>ces touches</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>leave presentation mode</source>
        <translation>quitter le mode présentation</translation>
    </message>
    <message>
        <source>Presentation keys</source>
        <translation>Touches du mode présentation</translation>
    </message>
    <message>
        <source>Steps — arrows to choose, Enter to go, any other key to close</source>
        <translation>Étapes — flèches pour choisir, Entrée pour y aller, toute autre touche pour fermer</translation>
    </message>
    <message>
        <source>O, or Esc held</source>
        <translation>O, ou Échap maintenue</translation>
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
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer, on this slide</source>
        <translation>La réponse, sur cette diapositive</translation>
    </message>
    <message>
        <source>End of the tour</source>
        <translation>Fin du parcours</translation>
    </message>
    <message>
        <source>Presenter View</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>On the screen</source>
        <translation>À l’écran</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>pe::ProblemsDialog</name>
    <message>
        <source>Dataset not opened</source>
        <translation>Jeu de données non ouvert</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; could not be opened: %n problem(s) found. The dataset in use is unchanged.</source>
        <translation>
            <numerusform>Impossible d’ouvrir &lt;b&gt;%1&lt;/b&gt;&#xa0;: %n problème détecté. Le jeu de données en cours reste inchangé.</numerusform>
            <numerusform>Impossible d’ouvrir &lt;b&gt;%1&lt;/b&gt;&#xa0;: %n problèmes détectés. Le jeu de données en cours reste inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
</context>
<context>
    <name>pe::RegionCountModel</name>
    <message>
        <source>Belarus</source>
        <translation>Bélarus</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Kazakhstan</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariats</translation>
    </message>
</context>
<context>
    <name>pe::RegionalTradeChart</name>
    <message>
        <source>No regional figures match the filters</source>
        <translation>Aucun chiffre régional ne correspond aux filtres</translation>
    </message>
    <message>
        <source>Book figure</source>
        <translation>Chiffre du livre</translation>
    </message>
    <message>
        <source>Book figure, approximate (≈) or bound (&gt;)</source>
        <translation>Chiffre du livre, approximatif (≈) ou borne inférieure (&gt;)</translation>
    </message>
    <message>
        <source>Supplementary figure (not from the book)</source>
        <translation>Chiffre complémentaire (hors livre)</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>Millions de dollars US</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Regional trade chart: no regional figures match the filters.</source>
        <translation>Graphique du commerce régional&#xa0;: aucun chiffre régional ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of %n regional trade figure(s) the book gives, in US$ million, largest first; each bar is one figure for one region, indicator and period.</source>
        <translation>
            <numerusform>Diagramme en barres de %n chiffre du commerce régional donné par le livre, en millions de dollars US, du plus élevé au plus faible&#xa0;; chaque barre représente un chiffre pour une région, un indicateur et une période.</numerusform>
            <numerusform>Diagramme en barres de %n chiffres du commerce régional donnés par le livre, en millions de dollars US, du plus élevé au plus faible&#xa0;; chaque barre représente un chiffre pour une région, un indicateur et une période.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pe::SourceModel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>supplementary</source>
        <translation>complémentaire</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
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
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Events by category over time. Left and Right move between events, plus and minus zoom, 0 shows everything, Enter opens a group of events.</source>
        <translation>Événements par catégorie au fil du temps. Gauche et Droite passent d’un événement à l’autre, plus et moins zooment, 0 affiche tout, Entrée ouvre un groupe d’événements.</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>jour connu</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>mois connu</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>année seule</translation>
    </message>
    <message>
        <source>several events</source>
        <translation>plusieurs événements</translation>
    </message>
    <message>
        <source>No events match the current filters</source>
        <translation>Aucun événement ne correspond aux filtres actuels</translation>
    </message>
    <message>
        <source>No events to show</source>
        <translation>Aucun événement à afficher</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation>Cliquez pour zoomer</translation>
    </message>
</context>
<context>
    <name>pe::TourController</name>
    <message>
        <source>Save Tour As</source>
        <translation>Enregistrer le parcours sous</translation>
    </message>
    <message>
        <source>Tours (*.json);;All files (*)</source>
        <translation>Parcours (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the tour being edited</source>
        <translation>le parcours en cours de modification</translation>
    </message>
    <message>
        <source>Untitled tour</source>
        <translation>Parcours sans titre</translation>
    </message>
    <message>
        <source>Present a Tour File…</source>
        <translation>Présenter un fichier de parcours…</translation>
    </message>
    <message>
        <source>Present a Tour</source>
        <translation>Présenter un parcours</translation>
    </message>
    <message>
        <source>Book, note %1</source>
        <translation>Livre, note %1</translation>
    </message>
    <message>
        <source>Book, notes %1</source>
        <translation>Livre, notes %1</translation>
    </message>
    <message>
        <source>not from the book: %1</source>
        <translation>hors livre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Tour</source>
        <translation>Ouvrir un parcours</translation>
    </message>
    <message>
        <source>tour</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>Save Tour</source>
        <translation>Enregistrer le parcours</translation>
    </message>
    <message>
        <source>year %1 marked</source>
        <translation>année %1 marquée</translation>
    </message>
    <message>
        <source>Export Handout</source>
        <translation>Exporter le polycopié</translation>
    </message>
    <message>
        <source>Open or prepare a tour first: a handout has a page for each of its steps.</source>
        <translation>Ouvrez ou préparez d’abord un parcours&#xa0;: un polycopié comporte une page pour chacune de ses étapes.</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>polycopié</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unsaved Tour</source>
        <translation>Parcours non enregistré</translation>
    </message>
    <message>
        <source>The tour “%1” has changes that are not saved. Save them?</source>
        <translation>Le parcours «&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Tour: %1 (changed)</source>
        <translation>Parcours&#xa0;: %1 (modifié)</translation>
    </message>
    <message>
        <source>Tour: %1</source>
        <translation>Parcours&#xa0;: %1</translation>
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
        <translation>Titre du parcours</translation>
    </message>
    <message>
        <source>Add This View</source>
        <translation>Ajouter cette vue</translation>
    </message>
    <message>
        <source>Add the view on screen, with its filters and selection, after the chosen step (Ctrl+Shift+A)</source>
        <translation>Ajouter la vue à l’écran, avec ses filtres et sa sélection, après l’étape choisie (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <source>Remove the step</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Caption, what the class reads:</source>
        <translation>&amp;Légende, ce que lit la classe&#xa0;:</translation>
    </message>
    <message>
        <source>A sentence or two, with the year and the figure.</source>
        <translation>Une phrase ou deux, avec l’année et le chiffre.</translation>
    </message>
    <message>
        <source>&amp;Notes, what you say:</source>
        <translation>&amp;Notes, ce que vous dites&#xa0;:</translation>
    </message>
    <message>
        <source>Context, a question to ask the class.</source>
        <translation>Contexte, une question à poser à la classe.</translation>
    </message>
    <message>
        <source>&amp;Present from This Step</source>
        <translation>&amp;Présenter à partir de cette étape</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>pe::TradeSeriesPicker</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Exports and imports</source>
        <translation>Exportations et importations</translation>
    </message>
    <message>
        <source>Both sides&apos; figures</source>
        <translation>Chiffres des deux parties</translation>
    </message>
    <message>
        <source>Trade figures shown</source>
        <translation>Chiffres du commerce affichés</translation>
    </message>
    <message>
        <source>Whose statistics</source>
        <translation>Statistiques de quelle partie</translation>
    </message>
    <message>
        <source>Both sides, compared</source>
        <translation>Les deux parties, comparées</translation>
    </message>
    <message>
        <source>Where both sides give a year, a grey bar spans the difference between their figures: Belarusian and Kazakh statistics differ.</source>
        <translation>Lorsque les deux parties donnent une même année, une barre grise couvre l’écart entre leurs chiffres : les statistiques bélarussiennes et kazakhes diffèrent.</translation>
    </message>
    <message>
        <source>Book and supplementary figures</source>
        <translation>Chiffres du livre et complémentaires</translation>
    </message>
    <message>
        <source>Book figures only</source>
        <translation>Chiffres du livre seulement</translation>
    </message>
    <message>
        <source>Figures from public pages fill the book&apos;s gaps, drawn hollow and named in the source line.</source>
        <translation>Des chiffres de pages publiques comblent les lacunes du livre ; ils sont dessinés en creux et nommés dans la ligne des sources.</translation>
    </message>
    <message>
        <source>Only the figures the book gives, in every view.</source>
        <translation>Seulement les chiffres que donne le livre, dans toutes les vues.</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Origine des chiffres</translation>
    </message>
</context>
<context>
    <name>pe::TurnoverChart</name>
    <message>
        <source>No trade figures match the filters</source>
        <translation>Aucun chiffre d’échanges ne correspond aux filtres</translation>
    </message>
    <message>
        <source>US$ million</source>
        <translation>Millions de dollars US</translation>
    </message>
    <message>
        <source>full year</source>
        <translation>année entière</translation>
    </message>
    <message>
        <source>Another book figure for this year; the line shows the one preferred by side, exactness and precision.</source>
        <translation>Autre chiffre du livre pour cette année&#xa0;; la courbe retient celui qui est privilégié selon la partie, l’exactitude et la précision.</translation>
    </message>
    <message>
        <source>%1: first year above US$ 1 billion</source>
        <translation>%1&#xa0;: première année au-dessus de 1 milliard de dollars US</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>Record de %1</translation>
    </message>
    <message>
        <source>%1 (not from the book)</source>
        <translation>%1 (hors livre)</translation>
    </message>
    <message>
        <source>Part of a year (period shown)</source>
        <translation>Partie d’année (période indiquée)</translation>
    </message>
    <message>
        <source>Approximate or lower bound</source>
        <translation>Approximatif ou borne inférieure</translation>
    </message>
    <message>
        <source>Not from the book</source>
        <translation>Hors du livre</translation>
    </message>
    <message>
        <source>no full-year figure</source>
        <translation>pas de chiffre annuel</translation>
    </message>
    <message>
        <source>%1: record, first year above US$ 1 billion</source>
        <translation>%1 : record, première année au-dessus de 1 milliard de dollars</translation>
    </message>
    <message>
        <source>Belarusian and Kazakh statistics differ; each line keeps one side&apos;s figures.</source>
        <translation>Les statistiques bélarussiennes et kazakhes diffèrent&#xa0;; chaque courbe reprend les chiffres d’une seule partie.</translation>
    </message>
    <message>
        <source>Hollow markers: figures from public pages outside the book.</source>
        <translation>Marqueurs creux&#xa0;: chiffres issus de pages publiques hors livre.</translation>
    </message>
    <message>
        <source>Grey bars: how far the two sides&apos; figures for the same year differ.</source>
        <translation>Barres grises : l’écart entre les chiffres des deux parties pour une même année.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>pe::VentureModel</name>
    <message>
        <source>Venture</source>
        <translation>Coentreprise</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Belarusian partners</source>
        <translation>Partenaires bélarussiens</translation>
    </message>
    <message>
        <source>Kazakh partners</source>
        <translation>Partenaires kazakhs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>pe::VentureOutputChart</name>
    <message>
        <source>No venture gives units produced for the filters</source>
        <translation>Aucune coentreprise n’indique d’unités produites pour ces filtres</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation>
            <numerusform>%n unité&#xa0;: %1</numerusform>
            <numerusform>%n unités&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Book, %1</source>
        <translation>Livre, %1</translation>
    </message>
    <message>
        <source>Venture</source>
        <translation>Coentreprise</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identifiant de la fiche</translation>
    </message>
    <message>
        <source>Venture output chart: no venture gives units produced for the filters.</source>
        <translation>Graphique de la production des coentreprises&#xa0;: aucune coentreprise n’indique d’unités produites pour ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Bar chart of units produced or delivered per year by %n venture(s), grouped by year.</source>
        <translation>
            <numerusform>Diagramme en barres des unités produites ou livrées par an par %n coentreprise, regroupées par année.</numerusform>
            <numerusform>Diagramme en barres des unités produites ou livrées par an par %n coentreprises, regroupées par année.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3 units</source>
        <translation>%1, %2&#xa0;: %3 unités</translation>
    </message>
</context>
</TS>
