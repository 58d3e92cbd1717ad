# -*- coding: utf-8 -*-
# Hand-written items, English (Malaysia / Singapore / Gulf job boards, WhatsApp broadcasts, LinkedIn).
# THIS FILE CONTAINS THE ANSWERS. Format: LABELS|category|job title|wording ; '-' clean, X exemption, D decoy
ITEMS = """
G|gender_field_value|Receptionist|Gender : F
G|gender_field_value|Driver|Sex: M
G|gender_field_value|Security Guard|Gender - Male only
G|gender_bracket|Sales Executive|Sales Executive (Male) x 3
G|gender_bracket|Admin Clerk|Admin Clerk (F), Chinese speaking
G|gender_bracket|Storekeeper|Storekeeper - male, Malaysian
G|gender_only|Nanny|Only ladies need apply
G|gender_only|Technician|Male candidates only. Females will not be entertained.
G|gender_preferred|Account Assistant|Female preferred
G|gender_preferred|Marketing Executive|Preferably male, own transport
G|gender_statement|Personal Assistant|The right person for this role will be a lady with a pleasant personality
G|gender_statement|Site Supervisor|The ideal candidate is a man who can handle the workers
G|gender_pronoun|Executive Assistant|She will report directly to the Managing Director and manage his diary
G|gender_pronoun|Sales Manager|He must be able to travel across the GCC at short notice
G|gender_noun|Promoter|Looking for lady promoters for weekend roadshow
G|gender_noun|Restaurant|Hiring waitresses for our new outlet in Bukit Bintang
G|gender_noun|Housekeeping|Housemaid needed, Filipina preferred
G|gender_noun|Spa|Female therapists wanted, good-looking
G|gender_slang|Retail|Pretty girls wanted for cosmetics counter
G|gender_appearance|Front Desk|Female, min height 160cm, slim, presentable
G|gender_appearance|Cabin Crew|Female applicants must be between 158-175cm and have a proportionate BMI; male applicants have no weight check
G|gender_appearance|Hostess|Attractive female with fair complexion, age below 28
G|gender_exclusion|Driver|No women, sorry, long night routes
G|gender_suitable|Warehouse Admin|This role is suitable for male candidates
G|gender_ratio|Sales Team|We are looking to hire 80% male for this team
G|gender_obf_spaced|Receptionist|F e m a l e   o n l y
G|gender_obf_zwsp|Driver|Ma\u200ble only
G|gender_obf_html|Clerk|<b>Fe</b>male preferred
G|gender_obf_fullwidth|Cashier|Ｆｅｍａｌｅ ｏｎｌｙ
G|gender_obf_emoji|Promoter|👩 ONLY 👩 ladies
G|gender_whatsapp|Packer|URGENT!!! Male packers needed, Shah Alam, RM1800
G|gender_whatsapp|Cleaner|Pls share: need 2 aunties for cleaning, Jurong area
G|gender_gulf|Driver|Indian male driver with UAE licence, immediate joining
G|gender_gulf|Sales Lady|Sales Lady for perfume shop in Deira, Arabic speaking
G|gender_linkedin|Business Development|Looking for a young, hungry guy to join my BD team. DM me!
G|gender_email|Office Admin|My client prefers a female candidate for this admin role
G|gender_form|Application Form|Position: Operator / Qty: 10 / Gender : F / Age: 18-35
M|marriage_field_value|Accountant|Marital status: Married
M|marriage_single|Flight Attendant|Must be single and willing to relocate
M|marriage_preferred|Sales Manager|Preferably married and with kids, stable family background
M|marriage_question|Interview|Kindly state in your CV whether you are married or single
M|marriage_question|Application|Please include your spouse's occupation and number of children in the application
M|childbearing_pledge|Teacher|Candidate must not plan to have children in the next 2 years
M|childbearing_dismissal|Retail|Pregnancy during probation will result in termination
M|childbearing_dismissal|Promoter|Pregnant women need not apply
M|childbearing_no_kids|Executive|No kids preferred as role requires long hours
M|childbearing_children_age|Operations|Applicants with children under 5 will not be considered
GM|mothers_only|Home-based Admin|Mummies only! Work from home, flexible hours
GM|mothers_only|Part-time Packer|Mothers preferred, school hours
GM|married_women|Cleaner|Married ladies, age 35-50
GM|single_women|Receptionist|Single female, below 27
GM|mothers_only|Tutor|Stay-at-home moms wanted for online tutoring
P|pregnancy_test_named|Factory Operator|Pre-employment medical includes pregnancy test
P|pregnancy_test_proof|Hotel Staff|Female candidates to submit proof of non-pregnancy
P|pregnancy_test_named|Nurse|Medical check-up includes urine pregnancy test (UPT)
P|pregnancy_test_named|Domestic Helper|Must pass medical incl. pregnancy screening every 6 months
MP|pregnancy_test_and_dismissal|Waitress|Pregnancy test on joining; contract ends if pregnant
GP|pregnancy_test_and_gender|Promoter|Female only. Must pass a pregnancy test before deployment
-|clean_open_gender|Security Guard|Open to all genders
-|clean_open_gender|Driver|Male or female, Class D licence
-|clean_open_gender|Sales Executive|Both male and female candidates are encouraged to apply
-|clean_statement_equal|Bank|We are an equal opportunity employer and do not discriminate on gender, marital status or pregnancy
-|clean_statement_equal|Government|All qualified applicants will be considered regardless of sex or family status
-|clean_clients_women|Clinic Assistant|Assist doctors in a women's health clinic (O&G)
-|clean_clients_women|Retail|Sales associate for ladies' fashion boutique
-|clean_clients_women|Midwife|Provide antenatal care to pregnant women
-|clean_clients_men|Barber|Barber for men's grooming salon
-|clean_clients_marriage|Wedding Planner|Plan weddings and coordinate with brides and grooms
-|clean_clients_marriage|Matchmaking|Screen members for our matchmaking agency, verify marital status documents
-|clean_clients_pregnancy|Lab Technician|Perform pregnancy tests, CBC and urinalysis for outpatients
-|clean_clients_pregnancy|Pharmacy Assistant|Advise customers on pregnancy test kits and prenatal vitamins
-|clean_clients_children|Childcare|Care for toddlers aged 18 months to 4 years
-|clean_benefit|Admin|Benefits: maternity leave, paternity leave, marriage leave, childcare subsidy
-|clean_benefit|Engineer|Medical coverage for spouse and children
-|clean_benefit|Nurse|Lactation room and flexible hours for nursing mothers
-|clean_contact_names|Cashier|Contact Ms. Tan at 012-xxx xxxx
-|clean_contact_names|Storekeeper|WhatsApp Mr. Lim for details
-|clean_contact_names|Driver|Send CV to Mrs. Kaur, HR Department
-|clean_word_man|Manager|Manage a team of 12 and report to the GM
-|clean_word_man|Chairman PA|Support the Chairman's office with scheduling
-|clean_word_man|Human Resources|Human Resources Executive, handle manpower planning
-|clean_word_man|Fisherman Supplies|Sales for fishing equipment shop
-|clean_word_woman|Editor|Write content for a women's magazine
-|clean_word_woman|NGO|Program officer for a women's shelter
-|clean_mum_post_open|Part-time Admin|Flexible hours that fit the school run; parents returning to work welcome
-|clean_mum_post_open|Home-based CS|Suitable for mums and dads who need to pick up their kids
-|clean_childcare|Office|On-site childcare centre for staff
-|clean_pregnancy_protection|Factory|Pregnant employees will be reassigned to light duties at full pay
-|clean_height_both|Security|Minimum height 165cm for all applicants
-|clean_appearance_neutral|Front Desk|Well-groomed and presentable, all genders welcome
-|clean_team_description|Sales Team|Our team is 50/50 men and women
-|clean_obf_open|Waiter|M a l e  o r  f e m a l e
-|clean_whatsapp|Packer|URGENT!!! Packers needed, Shah Alam, RM1800, all welcome
-|clean_whatsapp|Cleaner|Pls share: need 2 cleaners, Jurong area, flexible hours
-|clean_gulf|Driver|Driver with UAE licence, immediate joining
-|clean_gulf|Sales|Sales staff for perfume shop in Deira, Arabic speaking
-|clean_linkedin|Business Development|Looking for a hungry, driven person to join my BD team. DM me!
-|clean_email|Office Admin|My client is open to candidates of any gender for this admin role
-|clean_form_neutral|Application Form|Position: Operator / Qty: 10 / Age: 18-45 / Shift: rotating
-|clean_question_ok|Interview|Please state your expected salary and notice period
-|clean_health_check|Factory Operator|Pre-employment medical: blood test, chest X-ray, drug screening
-|clean_health_check|Domestic Helper|Medical check-up: general health screening at our panel clinic
-|clean_clients_marriage|Lawyer|Associate for family law practice: divorce, custody and marital property
-|clean_product|Retail|Sell bridal gowns and groom suits
-|clean_word_female|Electrician|Install female and male connectors for cabling works
-|clean_word_girl|Marketing|Promote the "Girl Guides" fundraising campaign
-|clean_word_mother|IT|Replace motherboards and troubleshoot PCs
-|clean_word_lady|Logistics|Deliver parcels to Ladies' Market stalls in Mong Kok
-|clean_clients_children|Swim Coach|Teach children and their parents at weekend swim classes
-|clean_benefit|Retail|Staff discount on baby products for employees with newborns
-|clean_open_gender|Call Centre|Energetic people wanted! Join a team of top closers, any gender
-|clean_contact_names|Secretary|Forward CV to Madam Wong, Finance & Admin
-|clean_mum_post_open|Tutor|Online tutoring from home, suits stay-at-home parents (mums and dads)
X|exemption_load|Carton Loader|Male loaders only: manual handling of 30kg cartons, lifted alone, repeatedly through the shift
X|exemption_mining|Tunnelling Crew|Underground tunnelling crew, male only, works below ground at the mine face
X|exemption_mining|Underground Miner|Underground miners, men only, shifts inside the mine shaft
X|exemption_load|Loader|Loaders (male only): manually carry 50 kg cement bags onto lorries all day
X|exemption_load|Sack Loader|Male workers to manually lift 60kg rice sacks single-handed
X|exemption_intensity|Furnace Labourer|Furnace labourer, male only, Grade IV heavy physical labour
D|exemption_decoy|Sales Manager|We are a leading coal mining group. Sales Manager (male only) for Jakarta office
D|exemption_decoy|HR Assistant|Our steel plant produces 2 million tonnes a year. HR Assistant, male preferred
"""
