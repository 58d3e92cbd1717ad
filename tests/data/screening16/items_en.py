# -*- coding: utf-8 -*-
# Hand-written items, English (HK firms, Macau resorts, recruiters). Author 16. THESE ARE THE ANSWERS.
EN = r"""
G|gender_field|Gender: Male
G|gender_field|Sex: F
G|gender_field|Requirements: female, aged 22-30, fluent Cantonese
G|gender_field|Preferred gender: male
G|gender_bracket|Sales Executive (Female)
G|gender_bracket|Warehouse Assistant (M)
G|gender_bracket|Personal Assistant to CEO (lady)
G|gender_bracket|Security Guard (male only)
G|gender_listing|Receptionist x1 female; Driver x2 male
G|gender_slang|We are looking for a young lady to front our showroom
G|gender_slang|Seeking a strong young man for our delivery team
G|gender_slang|Calling all gentlemen: join our sales force
G|gender_slang|Looking for a girl Friday to manage the office
G|gender_slang|Ideal candidate is a sharp sales guy with his own car
G|gender_preference|Male candidates preferred
G|gender_preference|Preference will be given to female applicants
G|gender_preference|This role suits a man better due to night shifts
G|gender_preference|Ladies are encouraged to apply; men need not apply
G|gender_preference|The successful applicant will be a woman
G|gender_exclusion|Not suitable for women
G|gender_exclusion|We do not accept male applicants for this position
G|gender_pronoun|He will report to the Regional Director and his bonus is uncapped
G|gender_pronoun|She should be presentable and able to greet VIP guests
G|appearance_one_gender|Female, min. height 165 cm, pleasant appearance
G|appearance_one_gender|Female applicants must attach a full-length photo
G|appearance_one_gender|Ladies should be slim and well-groomed
G|gender_ratio|Team is 80% male; we want to keep it that way
G|gender_role|Hiring a waitress for our Central bistro
G|gender_role|Salesman wanted, commission basis
G|gender_role|Hostess (VIP lounge)
G|gender_role|Experienced foreman needed; must be a man
GM|mothers_only|Mums only: part-time packing from home
GM|mothers_only|Mothers with school-age kids preferred
GM|mothers_only|Ideal for stay-at-home mums; fathers not considered
M|marital_field|Marital status: single
M|marital_field|Marital status: married
M|marital_preference|Married with children preferred
M|marital_preference|Single candidates preferred as role requires frequent travel
M|couple_preferred|Married couples preferred for live-in caretaker role
M|children_age|Applicants with children under 5 need not apply
M|children_age|Candidates whose children are in secondary school or older preferred
M|birth_pledge|You must agree not to start a family during the 2-year contract
M|birth_pledge|No pregnancy plans in the next 3 years
M|pregnancy_dismissal|Pregnancy during probation will result in termination
M|pregnancy_dismissal|Not suitable for pregnant or nursing mothers
M|spouse_question|Are you married? Do you have kids? Please state in your cover letter
M|spouse_question|Please state your spouse's occupation and number of children
M|spouse_question|Interview form: husband's employer, ages of children
GM|marital_gender|Single female, under 28
P|pregnancy_test|Pre-employment medical includes a pregnancy test
P|pregnancy_test|Successful candidates must provide proof of not being pregnant
P|pregnancy_test|Medical check: blood test, chest X-ray, urine hCG
P|pregnancy_test|A negative pregnancy result is required before onboarding
GP|pregnancy_test_gender|Female only; pregnancy screening at medical check
G|obfuscated|F e m a l e   o n l y
G|obfuscated|Ｍａｌｅ ｐｒｅｆｅｒｒｅｄ
G|obfuscated|Men<i></i> only
G|obfuscated|Gen{ZW}der: Fe{ZW}male
M|obfuscated|S1ngle candidates pr3ferred
P|obfuscated|preg{SHY}nancy test at medical
-|trap_client|Serve expectant mothers in our maternity boutique
-|trap_client|Bridal consultant: help brides choose gowns
-|trap_client|Handle membership checks for a dating app, including marital status verification
-|trap_client|Front desk at a women's health clinic; all genders welcome
-|trap_client|Menswear sales associate, open to all
-|trap_client|Wedding planner coordinating banquets at our Macau resort
-|trap_client|Support single parents and their children as a case worker
-|trap_client|Coordinate antenatal classes for pregnant women
-|trap_product|Market our baby formula and prenatal vitamins
-|trap_product|Customer service for pregnancy test kits e-shop
-|trap_product|Merchandiser for women's footwear line
-|trap_benefit|Benefits: maternity leave, paternity leave, marriage leave
-|trap_benefit|Children's education allowance and family medical cover for spouse and children
-|trap_benefit|Nursing room on every floor; flexible return after maternity
-|trap_benefit|Paid leave for prenatal check-ups
-|trap_benefit|Wedding gift and newborn gift for staff
-|trap_contact|Send CV to Ms. Chan, HR Manager
-|trap_contact|Contact Mr. Lee at 2123 4567
-|trap_contact|Interview at Ladies' Market, Mong Kok
-|trap_open|Open to all genders
-|trap_open|Both male and female applicants welcome
-|trap_open|Gender: any
-|trap_open|We welcome applicants of every gender, age and background
-|trap_mum_post|School-hours role (9:30-3:00), ideal for parents doing the school run
-|trap_mum_post|Great for mums and dads returning to work
-|trap_mum_post|Flexible hours for carers of young children, any gender
-|trap_word|Maintain the Women's Wing of the hospital (cleaning staff, any gender)
-|trap_word|Organise employees' children's summer camp
-|trap_word|Edit our "Modern Bride" magazine
-|trap_word|Cover the Manchester United women's team for our sports desk
-|trap_word|Handle mail for Madame Tussauds Hong Kong
-|trap_law|We are an equal opportunity employer and do not ask about marital or family status
-|trap_law|No pregnancy test in the medical examination
-|trap_law|We comply with the Sex Discrimination Ordinance and the Family Status Discrimination Ordinance
-|trap_duty|Midwife, registered with the Nursing Council
-|trap_duty|Postnatal care nurse, male or female
-|trap_duty|Nanny for a 2-year-old, any gender
-|trap_duty|Bridal makeup artist, own kit
-|trap_fair|This job is listed at the Women's Employment Fair, open to all
-|trap_schedule|Must lift boxes up to 10 kg occasionally
-|trap_schedule|Rotating shifts on the casino floor
-|trap_obf|Open{ZW} to{ZW} all{ZW} genders
-|trap_obf|<b>Male or female</b> welcome
X|exemption|Underground miner (men only): drilling and roof support below ground
X|exemption|Cement bag loader: each bag 50 kg, carried by hand onto trucks, male only
X|exemption|Dock porter: manually lift single items over 30 kg, men only
X|exemption|Removal worker lifting furniture over 30 kg singly, male
X|exemption|Tunnel excavation labourer underground, men only
X|exemption|Rice sack porter, 25 kg+ sacks carried repeatedly up stairs, male
X|exemption|Steel plant heavy labour, physical intensity grade IV, men only
X|exemption|Stone yard handler: slabs over 40 kg moved by hand, male workers
D|exemption_decoy|Mining group HQ: Office Administrator (male)
D|exemption_decoy|Cement manufacturer: Sales Representative, men preferred
D|exemption_decoy|Steel company: Company Driver, male only
"""
