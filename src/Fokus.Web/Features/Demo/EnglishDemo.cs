using Fokus.Core.Model;

namespace Fokus.Web.Features.Demo;

/// <summary>Fjällvind AB in English: outdoor clothing from Östersund. Objectives and key results are in EnglishDemo.Okrs.cs.</summary>
internal static partial class EnglishDemo
{
    /// <summary>Built on each call (once per seeding) so the partial files' fields are all initialised.</summary>
    public static DemoContent Content => new(
        OrganisationName: "Fjällvind AB",
        Vision: "More people outdoors, more often – in clothing that lasts for generations.",
        Mission: "We design durable, repairable outdoor clothing in Östersund, Sweden, and make repairing, renting "
            + "and buying pre-owned as easy as buying new – so that every garment gets a long life.",
        People, Teams, StrategicObjectives, PreviousQuarter, CurrentQuarter, Initiatives, Phrases, Notes);

    private static readonly PersonData[] People =
    [
        new("karin", "Karin Lindqvist", "CEO", Role.Admin, "admin@fokus.example"),
        new("johan", "Johan Ekström", "CFO", Role.Member),
        new("maria", "Maria Öberg", "Head of People", Role.Member),
        new("sara", "Sara Nyberg", "Head of E-commerce & Marketing", Role.Lead, "lead@fokus.example"),
        new("elin", "Elin Berg", "E-commerce Specialist", Role.Member, "member@fokus.example"),
        new("oskar", "Oskar Lindgren", "Performance Marketer", Role.Member),
        new("amira", "Amira Karimi", "Content & Community Manager", Role.Member),
        new("viktor", "Viktor Nilsson", "Web Developer", Role.Member),
        new("fatima", "Fatima Haddad", "Head of Customer Care", Role.Lead),
        new("tove", "Tove Strand", "Repair Technician", Role.Member),
        new("henrik", "Henrik Blom", "Customer Service Agent", Role.Member),
        new("mikael", "Mikael Holm", "Head of Sales", Role.Lead),
        new("hanna", "Hanna Persson", "Key Account Manager, Nordics", Role.Member),
        new("jonas", "Jonas Andersson", "Corporate Sales Representative", Role.Member),
        new("sofia", "Sofia Wallin", "Inside Sales Representative", Role.Member),
        new("anna", "Anna Sjöberg", "Head of Product & Design", Role.Lead),
        new("gustav", "Gustav Ek", "Materials Engineer", Role.Member),
        new("linnea", "Linnea Forsberg", "Apparel Designer", Role.Member),
        new("ali", "Ali Hassan", "Product Developer", Role.Member),
        new("emma", "Emma Sundberg", "Sustainability Manager", Role.Member),
        new("peter", "Peter Lund", "Head of Operations & Logistics", Role.Lead),
        new("nils", "Nils Åkesson", "Warehouse Manager", Role.Member),
        new("ida", "Ida Karlsson", "Buyer", Role.Member),
        new("daniel", "Daniel Mattsson", "Production Planner", Role.Member),
        new("lars", "Lars-Göran Wikström", "Chair of the Board", Role.Viewer, "viewer@fokus.example"),
    ];

    private static readonly TeamData[] Teams =
    [
        new("leadership", "Leadership team", "Sets the direction, owns the strategic objectives and the company's objectives for the quarter.",
            null, "karin", "karin", "johan", "maria", "sara", "mikael", "anna", "peter"),
        new("ecommerce", "E-commerce & Marketing", "Runs fjallvind.se, the Fjällvind Club and the brand in digital channels.",
            "leadership", "sara", "sara", "elin", "oskar", "amira", "viktor"),
        new("care", "Customer Care & Repairs", "Helps customers before and after they buy, and repairs garments in the Östersund workshop.",
            "ecommerce", "fatima", "fatima", "tove", "henrik"),
        new("sales", "Sales", "Retail partners across the Nordics, and companies that dress their staff in Fjällvind.",
            "leadership", "mikael", "mikael", "hanna", "jonas", "sofia"),
        new("product", "Product & Design", "Develops the collections – from materials and fit to spare parts.",
            "leadership", "anna", "anna", "gustav", "linnea", "ali", "emma"),
        new("ops", "Operations & Logistics", "Purchasing, production planning, warehouse and deliveries.",
            "leadership", "peter", "peter", "nils", "ida", "daniel"),
    ];

    private static readonly Dictionary<string, CheckInPhrases> Phrases = new()
    {
        ["leadership"] = new(
            [
                "Good check-in meeting – every team had checked in beforehand",
                "The board backed the quarter's priorities",
                "The pulse survey shows more people see how they contribute to our goals",
                "Cash flow ahead of budget thanks to lower stock",
                "Two teams dropped activities that weren't moving any result – their own call",
                "More teams open their meetings with what went well, and you can feel the energy",
                "New colleagues in the warehouse got up to speed faster than expected",
                "Strong e-commerce numbers lifted the whole week",
            ],
            [
                "The ERP report only arrives on Wednesdays, so this number lags a week",
                "Shipping costs have risen more than we planned for",
                "Two hires are taking longer than expected",
                "Competitors' campaigns are putting pressure on prices",
                "Hard to find time for quarterly planning alongside day-to-day work",
            ]),
        ["ecommerce"] = new(
            [
                "New checkout in testing: fewer clicks and more completed orders",
                "Mobile conversion up two weeks in a row",
                "The post about repaired jackets became our most shared ever",
                "Site search now copes with typos like “rain jaket”",
                "Product images load much faster after switching image format",
                "Thirty new reviews with customer photos in one week",
                "Pre-owned garments sell out within a day",
                "More club members bought a second time after the welcome flow",
                "The basket A/B test gave a clear answer after just four days",
            ],
            [
                "Waiting for an API key from the payment provider",
                "The payment provider's outage on Thursday cost us half a day of sales",
                "Not enough developer time – checkout and search compete for the same person",
                "Ad prices have climbed sharply in recent weeks",
                "Some mailbox providers send our emails to spam",
                "Photography of pre-owned garments can't keep up with what comes in",
            ]),
        ["care"] = new(
            [
                "The workshop queue is the shortest it has been in a long time",
                "A customer posted a long thank-you on Instagram after we fixed her down jacket",
                "The new spare-parts stock means no more waiting for zips",
                "Chat staffed all week without response times shooting up",
                "Tove trained two colleagues to replace zips",
                "More cases solved in the very first reply",
                "Drop-off at parcel points works smoothly – no lost parcels",
            ],
            [
                "One of our three repair technicians off sick all week",
                "Waiting for fabric and repair tape for down garments from the supplier",
                "Lots of questions about late deliveries take time away from repairs",
                "The repair booking system sometimes double-books",
                "Missing spare parts for older models",
            ]),
        ["sales"] = new(
            [
                "Two new customers in Gothenburg signed",
                "The outdoor shop in Tromsø wants the whole shell collection",
                "Good meeting with the buyer in Helsinki – a trial order is on its way",
                "A ski school in Åre ordered staff clothing for all its instructors",
                "Retailers in northern Sweden sell more at full price than last year",
                "The customer event in Östersund led to three concrete enquiries",
                "The municipality's field staff extended their contract by a year",
            ],
            [
                "The buyer at the big Norwegian chain is on parental leave until next month",
                "Quotes get stuck in customers' procurement departments",
                "The strong krona makes us more expensive in Norway right now",
                "The sample collection is late from the factory in Portugal",
                "Hard to get time with shop owners at the moment",
            ]),
        ["product"] = new(
            [
                "The new recycled polyamide passed the abrasion test",
                "Twenty test pilots in Åre gave the rental jacket a thumbs-up",
                "Seam complaints on the trousers have almost disappeared",
                "The mill in Portugal can now weave recycled wool",
                "Four new models passed the repairability test",
                "The workshop and the design team spent a whole day together – lots of good ideas",
            ],
            [
                "Waiting for the supplier's certificate for the recycled material",
                "The sample garments are stuck in customs",
                "The bio-based membrane doesn't meet the waterproofing requirement yet",
                "Recycled down has gone up in price – we need to redo the costing",
                "Design time goes on fixing issues in the last collection",
            ]),
        ["ops"] = new(
            [
                "Every order placed before 2 pm shipped the same day all week",
                "The new picking sequence in the warehouse saves a lot of walking",
                "Clearing out old colours freed up both shelf space and cash",
                "The carrier changed its route – deliveries to northern Sweden are a day faster",
                "Returns are now processed within two days",
                "The supplier in Estonia delivered on time for the first time this year",
            ],
            [
                "The carrier has had delays to Norway all week",
                "The warehouse system goes down during every big campaign",
                "Two pickers off sick at the same time",
                "The container from Vietnam is two weeks behind",
                "Returns take up space we need for incoming goods",
            ]),
    };

    private static readonly string[] Notes =
    [
        "Number taken from the ERP this morning.",
        "Raising this at Thursday's check-in meeting.",
        "Need the leadership team's help to prioritise.",
        "Adjusted the value after finding duplicates in the data.",
        "We'll run the new approach for two more weeks before deciding.",
        "Good discussion in the team about what actually moves this number.",
        "Learning: the small improvements did more than the big campaign.",
        "Preliminary number – the final report comes tomorrow.",
    ];
}
