# Author 17, hand-written. CONTAINS THE ANSWERS (labels []). English clean traps.
RAW = r"""
C|trap_client|You will style brides and bridesmaids on wedding mornings across Selangor.
C|trap_client|Our clients are mostly expecting mothers attending antenatal classes.
C|trap_client|Sell maternity wear and nursing bras at our Orchard Road boutique.
C|trap_client|Experience with women's health products is an advantage.
C|trap_client|Support a women's shelter by running intake interviews and casework.
C|trap_client|Coordinate marriage registration paperwork for clients at the Registry.
C|trap_client|Teach prenatal yoga and postnatal pilates to our members.
C|trap_client|Manage a menswear buying portfolio across three brands.
C|trap_client|Work with a matchmaking agency to verify members' marital status documents.
C|trap_client|Our app helps single parents find affordable childcare.
C|trap_client|You'll write content for a pregnancy tracking app used by 2 million women.
C|trap_client|Lab technician to run hCG and other hormone assays for our fertility clinic patients.
C|trap_client|Sonographer for obstetric ultrasound scans, 3 years' experience.
C|trap_client|Midwife (Band 6) to support labour ward and antenatal clinics.
C|trap_client|Wedding planner with contacts among Dubai venues.
C|trap_client|Customer service for a baby formula brand; answer calls from new parents.
C|trap_client|Sales associate for our ladies' shoes department.
C|trap_client|Barber for men's grooming lounge, fade skills required.
C|trap_client|Coach for our girls' under-12 football team, FA Level 1.
C|trap_client|Teacher for an all-boys secondary school, physics.
C|trap_client|Lactation consultant to support new mothers on the postnatal ward.
C|trap_client|Divorce lawyer, 5+ PQE in family law.
C|trap_client|Fitness instructor for a women's-only gym (applications from all genders welcome for front desk and trainer roles).
C|trap_client|Content moderator for a dating app: review profiles claiming to be single.
C|trap_client|Pharmacy assistant: advise customers on pregnancy tests and vitamins.
C|trap_client|Nursery practitioner caring for babies and toddlers aged 0-3.
C|trap_client|Tutor children aged 6-12 in maths and English after school.
C|trap_client|Events team for the annual Mother's Day gala dinner.
C|trap_client|Copywriter for our men's skincare line.
C|trap_client|Researcher on a study of maternal health in rural Sabah.
C|trap_benefit|Benefits include 16 weeks' paid maternity leave and 2 weeks' paternity leave.
C|trap_benefit|Marriage leave of 3 days and childcare subsidy.
C|trap_benefit|Family medical cover for your spouse and children.
C|trap_benefit|Nursing room on every floor and flexible return-to-work for new parents.
C|trap_benefit|Paid time off for antenatal appointments.
C|trap_benefit|Education allowance for employees' children.
C|trap_benefit|We offer a fertility benefit including IVF support.
C|trap_benefit|Dependants' visas sponsored for married staff and their families.
C|trap_benefit|Annual air ticket home for you and your family.
C|trap_benefit|On-site creche and school-holiday club.
C|trap_benefit|Shared parental leave enhanced to full pay for 12 weeks.
C|trap_benefit|Free pregnancy-safe workstation assessment on request.
C|trap_benefit|Staff discount on baby and mother-care products.
C|trap_benefit|Bereavement, marriage and compassionate leave as per MOM guidelines.
C|trap_eeo|We welcome applications from men and women equally.
C|trap_eeo|We are an equal opportunity employer and do not discriminate on gender, marital status or pregnancy.
C|trap_eeo|Open to all genders.
C|trap_eeo|Gender: Any
C|trap_eeo|Sex: M/F
C|trap_eeo|Applicants of any marital status are welcome.
C|trap_eeo|We do not ask about marital status or family plans during interviews.
C|trap_eeo|No pregnancy test is required or permitted in our pre-employment medical.
C|trap_eeo|Both male and female candidates are encouraged to apply.
C|trap_eeo|Under the Equality Act 2010 we will not ask about pregnancy or maternity at any stage.
C|trap_eeo|Returners after a career break (parenting, caring, illness) are warmly encouraged.
C|trap_eeo|Whether you're a mum, a dad or neither, the hours are built around the school run.
C|trap_eeo|Ideal for parents: 9:30-2:30, term time only. Mums and dads both welcome.
C|trap_eeo|Suitable for anyone who needs to collect children from school.
C|trap_eeo|We support women in tech, and this role is open to everyone.
C|trap_eeo|Candidates of all genders, ages and family situations welcome.
C|trap_eeo|Gender: Not required
C|trap_eeo|This is a returnship for anyone who has taken two or more years out for caring.
C|trap_contact|Send CV to Ms. Jessica Tan, HR Manager.
C|trap_contact|Contact Mrs. Fernandes on WhatsApp for interview slots.
C|trap_contact|Apply to Mr. Ahmed (Operations), email below.
C|trap_contact|Ask for Madam Lim at the cashier counter.
C|trap_contact|Our founder, a mother of three, started the bakery in 2009.
C|trap_contact|Reporting to the Head of Women's Wear.
C|trap_contact|Location: Ladies' Mile, Happy Valley.
C|trap_contact|Near Mother Teresa School, Quezon City.
C|trap_contact|Office at Queen's Road, behind the Lady Chapel.
C|trap_contact|Our team: Priya (mum of two), Raj and Kumar.
C|trap_contact|Company: Mother Earth Organics Sdn Bhd.
C|trap_contact|Company: Gentlemen's Club Barbershop (a barbershop, not a club).
C|trap_word|Maintain the female and male connectors stock in the electrical store.
C|trap_word|Knowledge of Mail Merge and Word is essential.
C|trap_word|Experience with Mandarin and Malay translation.
C|trap_word|Manage single-sign-on and Active Directory for 400 users.
C|trap_word|Handle single-use plastics phase-out project.
C|trap_word|Ensure the merger of two finance teams goes smoothly.
C|trap_word|Work in our Mother & Baby aisle restocking shelves.
C|trap_word|Operate the mother machine in our CNC workshop.
C|trap_word|Draft documents for the parent company and its subsidiaries.
C|trap_word|Must be able to work a split shift (single breaks are unpaid).
C|trap_word|Conceive and deliver marketing campaigns end to end.
C|trap_word|Labour cost reporting for the labour ward refurbishment project.
C|trap_word|Experience with the Expectation-Maximisation algorithm a plus.
C|trap_word|Care for our resident hens and help with the maternity pen on the farm (livestock).
C|trap_word|Sow breeding unit stockperson: monitor pregnant sows and farrowing.
C|trap_word|Mare foaling attendant at our stud farm, night watch during foaling season.
C|trap_word|We're expecting big growth this year, join early.
C|trap_word|Deliver babies' cots and prams to customers' homes (driving licence needed).
C|trap_word|Man the reception desk on weekends (anyone can apply).
C|trap_word|Staff the manhole inspection programme with our civil team.
C|trap_word|Maid of honour packages: assist our bridal stylists on the day.
C|trap_word|Experience as a foreman or forewoman on construction sites.
C|trap_word|Chairperson's office assistant; 2 years' experience.
C|trap_word|Salesperson for our hardware store.
C|trap_word|Firefighter trainee programme, all applicants take the same fitness test.
C|trap_word|Flight attendants: minimum arm reach 212 cm (same for all applicants), swim 100 m.
C|trap_word|Domestic helper for a family of four (two kids aged 5 and 8) in Tai Koo; Cantonese a plus.
C|trap_word|Nanny to care for our newborn twins; infant first aid required.
C|trap_word|Au pair for a family in Manchester with three children; driving licence required.
C|trap_word|Live-in caregiver for elderly grandmother in Ipoh; patience essential.
C|trap_word|Family driver: school runs for the children and weekend errands.
C|trap_word|The employer is a young married couple with a baby due in March.
C|trap_word|You will work with a mostly female nursing team on a busy ward.
C|trap_word|Our CEO is a woman and a working mother, and our leave policy shows it.
C|trap_word|Women make up 60% of our engineers.
C|trap_word|Uniform provided in all sizes (men's and women's cuts).
C|trap_word|Separate male and female dormitories, 4 per room.
C|trap_word|Prayer rooms and separate ladies' and gents' washrooms on site.
C|trap_word|Modest uniform (abaya option available) for all front-of-house staff.
C|trap_word|Accommodation: family or bachelor housing according to your situation.
C|trap_word|Women's network and men's wellbeing group run by staff.
C|trap_word|Height of counters is 110 cm, so standing work throughout.
C|trap_word|Lift up to 10 kg occasionally.
C|trap_word|Available weekends and public holidays.
C|trap_word|Mother tongue Tamil speakers, written English required.
C|trap_word|Bachelor's degree in nursing required.
C|trap_word|Master's degree in social work preferred.
C|trap_word|Fluent in Cantonese; Putonghua an advantage.
C|trap_word|Bachelor's or master's degree in any discipline.
C|trap_obf|Ｏｐｅｎ ｔｏ ａｌｌ ｇｅｎｄｅｒｓ
C|trap_obf|Ma<b>ternity</b> leave 14 weeks fully paid
C|trap_obf|Sell wo​men's swim​wear
"""
