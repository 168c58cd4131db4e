using Fokus.Core.Model;

namespace Fokus.Web.Features.Demo;

/// <summary>Fjällvind AB på svenska: friluftskläder från Östersund. Mål och nyckelresultat finns i SwedishDemo.Okrs.cs.</summary>
internal static partial class SwedishDemo
{
    /// <summary>Built on each call (once per seeding) so the partial files' fields are all initialised.</summary>
    public static DemoContent Content => new(
        OrganisationName: "Fjällvind AB",
        Vision: "Fler människor ute i naturen, oftare – i kläder som håller i generationer.",
        Mission: "Vi utvecklar slitstarka och lagningsbara friluftskläder i Östersund och gör det lika enkelt "
            + "att laga, hyra och köpa begagnat som att köpa nytt – så att varje plagg får ett långt liv.",
        People, Teams, StrategicObjectives, PreviousQuarter, CurrentQuarter, Initiatives, Phrases, Notes);

    private static readonly PersonData[] People =
    [
        new("karin", "Karin Lindqvist", "VD", Role.Admin, "admin@fokus.example"),
        new("johan", "Johan Ekström", "Ekonomichef", Role.Member),
        new("maria", "Maria Öberg", "HR-chef", Role.Member),
        new("sara", "Sara Nyberg", "Chef e-handel och marknad", Role.Lead, "lead@fokus.example"),
        new("elin", "Elin Berg", "E-handelsspecialist", Role.Member, "member@fokus.example"),
        new("oskar", "Oskar Lindgren", "Digital marknadsförare", Role.Member),
        new("amira", "Amira Karimi", "Innehålls- och communityansvarig", Role.Member),
        new("viktor", "Viktor Nilsson", "Webbutvecklare", Role.Member),
        new("fatima", "Fatima Haddad", "Kundservicechef", Role.Lead),
        new("tove", "Tove Strand", "Reparatör", Role.Member),
        new("henrik", "Henrik Blom", "Kundtjänstmedarbetare", Role.Member),
        new("mikael", "Mikael Holm", "Försäljningschef", Role.Lead),
        new("hanna", "Hanna Persson", "Key account manager, Norden", Role.Member),
        new("jonas", "Jonas Andersson", "Företagssäljare", Role.Member),
        new("sofia", "Sofia Wallin", "Innesäljare", Role.Member),
        new("anna", "Anna Sjöberg", "Produktchef", Role.Lead),
        new("gustav", "Gustav Ek", "Materialutvecklare", Role.Member),
        new("linnea", "Linnea Forsberg", "Plaggdesigner", Role.Member),
        new("ali", "Ali Hassan", "Produktutvecklare", Role.Member),
        new("emma", "Emma Sundberg", "Hållbarhetsansvarig", Role.Member),
        new("peter", "Peter Lund", "Drift- och logistikchef", Role.Lead),
        new("nils", "Nils Åkesson", "Lagerchef", Role.Member),
        new("ida", "Ida Karlsson", "Inköpare", Role.Member),
        new("daniel", "Daniel Mattsson", "Produktionsplanerare", Role.Member),
        new("lars", "Lars-Göran Wikström", "Styrelseordförande", Role.Viewer, "viewer@fokus.example"),
    ];

    private static readonly TeamData[] Teams =
    [
        new("leadership", "Ledningsgrupp", "Sätter riktningen, äger de strategiska målen och företagets mål för kvartalet.",
            null, "karin", "karin", "johan", "maria", "sara", "mikael", "anna", "peter"),
        new("ecommerce", "E-handel och marknad", "Driver fjallvind.se, Fjällvind Klubb och varumärket i digitala kanaler.",
            "leadership", "sara", "sara", "elin", "oskar", "amira", "viktor"),
        new("care", "Kundservice och reparation", "Hjälper kunderna före och efter köpet och lagar plagg i verkstaden i Östersund.",
            "ecommerce", "fatima", "fatima", "tove", "henrik"),
        new("sales", "Försäljning", "Återförsäljare i Norden och företag som klär sin personal i Fjällvind.",
            "leadership", "mikael", "mikael", "hanna", "jonas", "sofia"),
        new("product", "Produkt och design", "Utvecklar kollektionerna – från material och passform till reservdelar.",
            "leadership", "anna", "anna", "gustav", "linnea", "ali", "emma"),
        new("ops", "Drift och logistik", "Inköp, produktionsplanering, lager och leveranser.",
            "leadership", "peter", "peter", "nils", "ida", "daniel"),
    ];

    private static readonly Dictionary<string, CheckInPhrases> Phrases = new()
    {
        ["leadership"] = new(
            [
                "Bra avstämningsmöte – alla team hade checkat in före mötet",
                "Styrelsen ställde sig bakom kvartalets prioriteringar",
                "Pulsmätningen visar att fler förstår hur de bidrar till målen",
                "Kassaflödet bättre än budget tack vare lägre lager",
                "Två team strök själva aktiviteter som inte flyttade något resultat",
                "Fler team börjar sina möten med det som gått bra – det märks på energin",
                "Nya kollegor på lagret kom igång snabbare än väntat",
                "Starka siffror från e-handeln lyfte hela veckan",
            ],
            [
                "Rapporten från affärssystemet kommer först på onsdagar, så siffran släpar en vecka",
                "Fraktkostnaderna har ökat mer än vi räknat med",
                "Två rekryteringar drar ut på tiden",
                "Konkurrenternas kampanjer pressar priserna",
                "Svårt att hinna med både kvartalsplaneringen och den löpande driften",
            ]),
        ["ecommerce"] = new(
            [
                "Nya kassan i test: färre klick och fler genomförda köp",
                "Mobilkonverteringen upp två veckor i rad",
                "Inlägget om lagade jackor blev vårt mest delade någonsin",
                "Sökfunktionen klarar nu stavfel som ”regnjaka”",
                "Produktbilderna laddar betydligt snabbare efter bytet av bildformat",
                "Trettio nya recensioner med kundbilder på en vecka",
                "Second hand-plaggen säljer slut inom ett dygn",
                "Fler klubbmedlemmar handlade en andra gång efter välkomstflödet",
                "A/B-testet på varukorgen gav tydligt utslag redan efter fyra dagar",
            ],
            [
                "Väntar på API-nyckel från betalleverantören",
                "Driftstörning hos betalleverantören i torsdags kostade en halv dags försäljning",
                "Utvecklartiden räcker inte – kassan och sökningen konkurrerar om samma person",
                "Annonspriserna har stigit kraftigt de senaste veckorna",
                "Utskicken hamnar i skräpposten hos vissa mejlleverantörer",
                "Fotograferingen av second hand-plagg hinner inte med inflödet",
            ]),
        ["care"] = new(
            [
                "Kön till verkstaden är kortare än på länge",
                "En kund skrev ett långt tack på Instagram efter sin lagade dunjacka",
                "Nya reservdelslagret gör att vi slipper vänta på blixtlås",
                "Chatten bemannad hela veckan utan att svarstiden sköt i höjden",
                "Tove lärde upp två kollegor i att byta blixtlås",
                "Fler ärenden löstes redan i första svaret",
                "Inlämning via paketombud fungerar smidigt – inga borttappade paket",
            ],
            [
                "En av tre reparatörer sjuk hela veckan",
                "Väntar på tyg och lagningstejp till dunplaggen från leverantören",
                "Många ärenden om försenade leveranser tar tid från reparationerna",
                "Bokningssystemet för reparationer dubbelbokar ibland",
                "Saknar reservdelar till äldre modeller",
            ]),
        ["sales"] = new(
            [
                "Två nya kunder i Göteborg skrev avtal",
                "Sportbutiken i Tromsø vill ta in hela skalkollektionen",
                "Bra möte med inköparen i Helsingfors – en provorder är på väg",
                "En skidskola i Åre beställde personalkläder till alla instruktörer",
                "Återförsäljarna i Norrland säljer mer till fullpris än i fjol",
                "Kundträffen i Östersund gav tre konkreta förfrågningar",
                "Kommunens fältpersonal förlängde avtalet ett år",
            ],
            [
                "Inköparen på den stora norska kedjan är föräldraledig till nästa månad",
                "Offerterna fastnar hos kundernas inköpsavdelningar",
                "Den starka kronan gör oss dyrare i Norge just nu",
                "Provkollektionen är försenad från fabriken i Portugal",
                "Svårt att få tid hos butiksägarna just nu",
            ]),
        ["product"] = new(
            [
                "Nya återvunna polyamiden klarade nötningstestet",
                "Tjugo testpiloter i Åre gav tummen upp för hyrjackan",
                "Reklamationerna på byxornas sömmar har nästan försvunnit",
                "Väveriet i Portugal kan nu väva av återvunnen ull",
                "Fyra nya modeller godkända i reparationstestet",
                "Verkstaden och designteamet satt ihop en hel dag – många bra idéer",
            ],
            [
                "Väntar på certifikat för det återvunna materialet från leverantören",
                "Provplaggen har fastnat i tullen",
                "Det biobaserade membranet klarar inte kravet på vattenpelare än",
                "Priset på återvunnen dun har gått upp – vi måste räkna om kalkylen",
                "Designtiden går åt till att rätta fel i förra kollektionen",
            ]),
        ["ops"] = new(
            [
                "Alla order före klockan 14 skickades samma dag hela veckan",
                "Nya plockordningen i lagret sparar mycket gångtid",
                "Utförsäljningen av gamla färger frigjorde både hyllplats och kapital",
                "Transportören har lagt om rutten – leveranserna till Norrland är en dag snabbare",
                "Returerna hanteras nu inom två dagar",
                "Leverantören i Estland levererade i tid för första gången i år",
            ],
            [
                "Transportören har haft förseningar till Norge hela veckan",
                "Lagersystemet går ner vid varje större kampanj",
                "Två plockare sjuka samtidigt",
                "Containern från Vietnam ligger två veckor efter",
                "Returflödet tar plats som behövs för inleveranserna",
            ]),
    };

    private static readonly string[] Notes =
    [
        "Siffran hämtad ur affärssystemet i morse.",
        "Tar upp det här på torsdagens avstämningsmöte.",
        "Behöver ledningsgruppens hjälp att prioritera.",
        "Justerade värdet efter att vi hittat dubbletter i underlaget.",
        "Vi kör det nya upplägget två veckor till innan vi bestämmer oss.",
        "Bra diskussion i teamet om vad som faktiskt flyttar siffran.",
        "Lärdom: de små förbättringarna gav mer än den stora kampanjen.",
        "Preliminär siffra – den slutliga rapporten kommer i morgon.",
    ];
}
