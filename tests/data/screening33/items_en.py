# d33 answers: English items. Format: job|item|labels|category (labels empty = clean; exemption_* = exemption)
RAW = """
fruit picker|Looking for strong lads for the apple harvest.|G|gendered_noun
packhouse grader|Gender: Female.|G|field_value_gender
delivery rider|Male riders only, must have own scooter.|G|men_only
farm hand|This role suits a young man who loves the outdoors.|G|suitable_for_men
kitchen porter|We're after a guy who can handle a busy pass.|G|gendered_noun
berry picker|Girls preferred - small hands are best for strawberries.|G|women_preferred
forklift driver|Forklift Driver (Male) x2|G|bracket_gender
front of house|Front of house: pretty girls with a bubbly personality, size 8-10.|G|appearance_women
chauffeur driver|Our clients prefer male drivers, so we only take men.|G|men_only
cafe barista|The successful candidate will be a woman aged 20-30.|G|women_only
poultry shed hand|Sorry ladies, this one is for blokes only.|G|exclusion
supermarket cashier|Female cashiers wanted.|G|women_only
courier|Couriers: men only (heavy parcels, long routes).|G|men_only
dairy milker|Milker wanted - husband and wife team preferred, cottage provided.|M|couples_preferred
orchard supervisor|Supervisor, male, 30-45, full licence.|G|field_value_gender
food factory QA|QA technician - ideally a mature lady.|G|gendered_noun
canteen assistant|Dinner ladies needed for school canteen.|G|gendered_noun
vineyard pruner|Looking for fit young fellas for pruning season.|G|gendered_noun
market stall|Stall girl wanted Saturdays.|G|gendered_noun
ride-share fleet|We only onboard male drivers for night shifts.|G|men_only
warehouse pick-packer|Women need not apply.|G|exclusion
bakery|Counter staff: female, slim, well presented.|G|appearance_women
farm office|Admin: married with children preferred (stability).|M|married_preferred
packhouse|Are you married? Do you have kids? Please state in your cover note.|M|spouse_children_question
food factory|Applicants must not be planning a pregnancy in the next 2 years.|M|birth_timetable
cafe|No pregnant applicants please - the role is on your feet all day.|M|pregnancy_refusal
orchard|Single people preferred as accommodation is in a shared bunkhouse.|M|single_preferred
delivery dispatcher|Candidates with young children will not be considered due to shift pattern.|M|children_age
kitchen hand|Marital status: single|M|field_value_marriage
food processing|Pregnancy during the probation period will end the contract.|M|pregnancy_dismissal
meat plant office|Please include your spouse's occupation and number of dependants.|M|spouse_children_question
cleaning crew|Pre-employment medical includes a pregnancy test for female staff.|P|pregnancy_test
packhouse|Female applicants must provide a negative pregnancy test before starting.|P|pregnancy_test
poultry plant|Health screen: drug test, hearing, and HCG urine test.|P|pregnancy_test
kitchen|Must show proof you are not pregnant on your first day.|P|pregnancy_test
online shop|Mums only! Work around school hours.|G,M|mothers_only
packing|Perfect for mums - sorry, no dads.|G,M|mothers_only
market research|Stay-at-home mums preferred.|G,M|mothers_preferred
farm cook|Married woman wanted to cook for shearing gang.|G,M|married_women
couple caretakers|Couple wanted: he does the farm work, she does the house.|G,M|couples_gendered
berry picker|Ladies only, no pregnant women.|G,M|women_only_pregnancy
meat packer|Female, single, no kids - we need full flexibility.|G,M|unmarried_women
QA|Female candidates: a pregnancy test forms part of onboarding. Male only for night shift.|G,P|pregnancy_test_gender
drivers|M.a.l.e drivers only|G|obf_spaced
pickers|Ｆｅｍａｌｅ pickers only|G|obf_fullwidth
kitchen|Chef (m<span>a</span>le)|G|obf_html
cafe|Wom\u200ben only|G|obf_zero_width
fruit picker|All genders welcome. Backpackers and locals alike.||gender_neutral
packhouse grader|We welcome parents - shifts fit around school drop-off.||parents_welcome
delivery rider|Riders of any gender; bring your own e-bike.||gender_neutral
kitchen porter|Our head chef, Maria, will run your trial shift.||contact_woman
farm hand|Contact Mrs Evans on the number below.||contact_woman
cafe|We sell baby food and maternity snacks; barista experience needed.||product_maternal
bakery|Specialists in wedding cakes - weekend work required.||product_wedding
driver|Transporting expectant mothers to the maternity unit; clean licence.||client_pregnant
canteen|Serving a girls' boarding school; food hygiene cert needed.||client_girls_school
food factory|Maternity and paternity leave above statutory minimum.||benefit_pregnancy
orchard|Family accommodation available - bring the kids.||benefit_family
packhouse|Couples welcome; we can put you on the same shift.||couples_welcome_not_preferred
meat plant|Pre-employment medical: hearing test and hep B vaccination.||health_check_plain
warehouse|Equal opportunity employer. We do not ask about marital status.||eo_statement
dairy|Working with cows and heifers during calving season.||animal_female
dairy|Help in the calving shed; no experience needed, any gender.||animal
market stall|Selling men's and women's workwear on Saturday markets.||product_clothing
ride-share fleet|We welcome women drivers - and everyone else.||both_welcome
courier|Over half our couriers are women. Join us!||workforce_stat
farm office|Flexible hours for carers and parents.||flexible
supermarket|Staff discount applies to your spouse and children.||benefit_family
kitchen|Menu includes Shepherd's Pie and Lady Grey tea.||trap_product_name
vineyard|Located on Maiden Lane, Marlborough.||trap_place_name
berry farm|Staff toilets and a breastfeeding room on site.||benefit_breastfeeding
food factory|Pregnant workers get a risk assessment and adjusted duties.||legal_protection
cafe|Supporting the local women's refuge with 10% of profits.||client_women
orchard|Must be 18+, hold a valid working holiday visa.||plain
packhouse|Steel-capped boots required; PPE supplied.||plain
poultry shed|Must be comfortable with early starts and ammonia smell.||plain
cool store|Work in -20C freezer; thermal gear provided.||plain
delivery|Full UK licence, no more than 6 points.||plain
kitchen|Two years' line experience, able to work weekends.||plain
farm|Tractor ticket an advantage.||plain
packhouse|He or she will report to the shift manager.||pronoun_both
bakery|The baker will train you; she's been here 20 years.||team_description
dairy|Our manager is a new dad, so we get flexible work!||team_description
pickers|A ll  g e n d e r s  w e l c o m e||obf_clean_spaced
warehouse|Loaders (male) - lifting 25kg feed sacks continuously all shift.||exemption_load
grain store|Men only: manual unloading of 50kg grain bags.||exemption_load
meat plant|Carcass handlers, men only - each quarter weighs 40-60kg, carried by hand.||exemption_load
mine|Underground miners, male only.||exemption_underground
cool store|Freezer stackers (men): 30kg cartons stacked by hand all shift.||exemption_load
mining group|Mining group HQ seeks male receptionist.|G|exemption_decoy
meat works|Our plant processes 2,000 lambs a day. Hiring: Sales Rep (male).|G|exemption_decoy
"""
ITEMS = []
for line in RAW.strip().splitlines():
    job, item, labs, cat = line.split("|")
    ITEMS.append(("en", job, item, [x for x in labs.split(",") if x], cat))
