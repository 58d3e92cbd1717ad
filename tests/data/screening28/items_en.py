# -*- coding: utf-8 -*-
# Hand-written items, English (mining, oil-and-gas, shipping, engineering recruiters; tech). Author d28.
# Format: CODES|category|job title|item text ; C clean, X exemption, D decoy.
# THIS FILE CONTAINS THE ANSWERS.
DATA = """
G|en_gender_field|Warehouse Supervisor|Gender: Male
G|en_gender_field|Admin Assistant|Sex: F | Age: 22-30 | Education: Diploma
G|en_bracket|Site Engineer|Site Engineer (Male) - FIFO roster 2:1
G|en_bracket|Receptionist|Receptionist (Female), Jakarta office
G|en_men_only|Rigger|Male candidates only, must hold rigging ticket
G|en_women_only|Customer Service|Looking for female applicants only, fluent Mandarin
G|en_men_preferred|Project Manager|Male candidate preferred due to frequent travel to remote sites
G|en_women_preferred|HR Coordinator|Preference will be given to female candidates
G|en_pronoun_he|Drilling Supervisor|The ideal candidate is a seasoned hand; he will run the night tour and he must be comfortable leading a crew of 12
G|en_pronoun_she|Executive Assistant|The successful candidate will be a woman with strong diary management skills
G|en_suitable_men|Deck Officer|This role suits a man who can handle long rotations at sea
G|en_appearance_women|Brand Ambassador|Female, minimum height 165 cm, slim build, attractive appearance
G|en_appearance_women|Hostess|Female, pleasant looking, under 28, photo required with application
G|en_exclude_women|Crane Operator|No females please, offshore accommodation is shared
G|en_exclude_men|Sales Assistant|Not suitable for men
G|en_slang|Sales|Looking for a few good guys to join our sales floor
G|en_slang|Marketing|Hiring a marketing girl for our Shenzhen cross-border team
G|en_slang|Tech|We're a bunch of bros building the next big thing and need another brogrammer who fits in
G|en_gender_ratio|Production Operator|30 operators needed, 80% male / 20% female
G|en_job_then_gender|Multiple|Vacancies: Storekeeper - male x2; Cashier - female x1; Driver - male x3
G|en_field_table|Welder|Position: Welder / Qty: 6 / Gender: M / Nationality: Any
G|en_mining_recruiter|Geologist|Client specifically requests a male geologist for this exploration camp
G|en_shipping|Cadet|Male cadets only for this intake
G|en_gender_obf_zw|Technician|Ma\u200ble only
G|en_gender_obf_space|Storeman|M A L E  O N L Y
G|en_gender_obf_html|Admin|Gender: <i>Female</i>
G|en_gender_obf_fullwidth|Operator|Ｍａｌｅ ｏｎｌｙ, night shift
G|en_gender_pref_soft|Office Manager|Ideally a lady, as the team is all male and she would balance it
G|en_age_gender|Cabin Crew|Women aged 18-26, men aged 18-30
G|en_gender_email|Planner|My client, a tier-1 EPC contractor, has asked me to shortlist men only for this planner role
G|en_gender_linkedin|Site Supervisor|We're hiring! Looking for a strong, reliable guy to supervise our fit-out site
M|en_married_pref|Camp Manager|Married with children preferred (stability on long rotations)
M|en_single_req|Deckhand|Must be single, no dependants
M|en_marital_field|Accountant|Marital status: Married
M|en_question|Sales Manager|Are you married? Do you plan to have kids in the next two years? Please answer in your cover letter
M|en_pledge|Analyst|Candidate must agree not to start a family during the first 24 months of employment
M|en_pregnancy_refuse|Lab Technician|Pregnant applicants will not be considered
M|en_pregnancy_dismiss|Operator|Pregnancy during probation will lead to termination of contract
M|en_children|Coordinator|No young children at home, as the role requires evening call-outs
M|en_spouse|Expat Engineer|Please state your spouse's occupation and number of children
M|en_breastfeeding|Packer|Breastfeeding mothers need not apply
M|en_no_kids|Recruiter|Ideal candidate has no kids and can travel at short notice
M|en_obf|Clerk|Marital status: s i n g l e
P|en_preg_test|Factory Operative|Pre-employment medical includes a pregnancy test
P|en_preg_test|Offshore Steward|A negative pregnancy test is required prior to mobilisation
P|en_preg_test|Admin|Please provide a certificate confirming you are not pregnant
P|en_preg_test|Operator|Medical: blood panel, drug screen, HCG screening
P|en_preg_test|Technician|Female candidates must undergo a urine pregnancy test at the onboarding clinic
GM|en_mums_only|Customer Support|Mums only - work from home around school hours
GM|en_mums_only|Packer|Ideal for stay-at-home moms; dads need not apply
GM|en_married_women|Sales|Married women with children preferred
GM|en_women_single|Hostess|Female, single, under 25
GP|en_women_test_restrict|Operator|Female workers only; pregnancy screening at medical
MP|en_test_pledge|Lab Assistant|Pregnancy test at medical and a two-year no-pregnancy undertaking
G|en_mixed_zh|Ops|Warehouse Ops Lead, 男, must speak English
M|en_mixed_zh|Admin|Admin Executive，婚姻状况：未婚
GM|en_mixed_zh|KOL|Hiring 宝妈 only for our Amazon review program
G|en_requirements|Electrical Engineer|Requirements: 1) Male, 25-40; 2) BEng Electrical; 3) Willing to travel to site
G|en_requirements|Secretary|Requirements: female, presentable, good English
G|en_guys_refuse|Yard Hand|Ladies, sorry, this one's for the lads
C|en_open|Site Engineer|Open to all genders; FIFO 2:1 roster
C|en_eo|Drilling Engineer|We are an equal opportunity employer and do not discriminate on the basis of sex, marital status, pregnancy or family responsibilities
C|en_benefit|Process Engineer|Benefits: 26 weeks paid parental leave for all parents, on-site childcare
C|en_benefit|Chief Mate|Benefits include maternity and paternity leave, family visit allowance
C|en_clients|Account Manager|Manage accounts for a women's health clinic network
C|en_clients|Content Moderator|Review profiles on a dating and marriage platform, verify members' marital status
C|en_clients|Product Manager|Own the pregnancy tracking feature of our femtech app
C|en_product|Buyer|Source womenswear and maternity lines for our DTC brand
C|en_contact|Welder|Contact: Mrs. Tan, HR (tan.hr@example.com)
C|en_contact|Rigger|Apply to Mr. Okafor, Recruitment Lead
C|en_parents|Support Agent|Hours 9:30-14:30 fit the school run; open to mums and dads alike
C|en_words|Engineer|Experience with manhole inspection and manpower planning
C|en_words|Operator|Operate the Female Connector Assembly line (connector parts)
C|en_words|Driller|Work on the Maiden Field development in the North Sea
C|en_words|Surveyor|Survey work around Mother Lode pit
C|en_words|Deckhand|Sail aboard MV Lady Grace, a bulk carrier
C|en_pronoun_neutral|Analyst|They will own the dashboard end to end
C|en_health_neutral|Offshore Technician|Must pass OGUK offshore medical and BOSIET
C|en_health_neutral|Mine Technician|Pre-employment medical: hearing, spirometry, drug and alcohol test
C|en_height_neutral|Crane Operator|Must be physically fit to climb crane ladders daily
C|en_load_neutral|Warehouse Associate|Must be able to lift 15 kg with mechanical aids provided
C|en_women_network|Mining Engineer|Join our Women in Mining network, open to all staff
C|en_policy|Recruiter|We do not ask about marital status or family plans at interview
C|en_gender_stats|Form|Gender (optional, for diversity statistics only, not shared with hiring managers)
C|en_short|Boilermaker|Boilermaker, Pilbara, 8/6 roster, $58/hr
C|en_short|Marine Engineer|2nd Engineer, container ships, STCW required
C|en_short|Data Engineer|Data Engineer, dbt + Snowflake, remote OK
C|en_short|Forklift|Forklift driver, cold storage, -25C environment
C|en_linkedin|Growth|We're hiring! Growth lead for our cross-border e-com brand, move fast, own the funnel
C|en_recruiter_email|Planner|My client, a tier-1 EPC contractor, is looking for a Primavera planner, 10+ yrs
C|en_mixed_open|Ops|Warehouse Ops Lead, 男女不限, must speak English
C|en_wedding|Logistics|Manage deliveries for a bridal gown e-commerce store
C|en_kids_product|QA|QA for children's car seats, ECE R129
C|en_maternity_policy|HR|Administer maternity, paternity and shared parental leave claims
C|en_obf_clean|Clerk|Gender: <b>any</b>
C|en_nursing_room|Operator|Nursing room on site; flexible breaks for breastfeeding staff
C|en_obf_clean_zw|Technician|Open\u200b to all applicants
X|en_underground|Underground Miner|Underground Miner (male only): development mining at the face, 1,200 m below surface
X|en_underground|Jumbo Operator|Jumbo operator, underground hard-rock mine, men only
X|en_heavy|Stevedore|Stevedore, manual handling of 50 kg bags all shift, male applicants only
X|en_heavy|Cement Bagger|Cement plant bagger: lift and stack 40 kg cement bags by hand continuously; male
X|en_intensity|Roustabout|Class IV heavy physical labour roustabout, manual pipe handling; male applicants only
D|en_decoy|Office Administrator|Mining company seeks male Office Administrator for Perth head office
D|en_decoy|Sales Rep|Steel mill hiring sales rep, male only, company car
"""
