package org.pactum.web.demo;

import static org.pactum.domain.agreement.CooperationArea.AGRICULTURE;
import static org.pactum.domain.agreement.CooperationArea.CULTURE;
import static org.pactum.domain.agreement.CooperationArea.DIGITALISATION;
import static org.pactum.domain.agreement.CooperationArea.EDUCATION;
import static org.pactum.domain.agreement.CooperationArea.HEALTH_CARE;
import static org.pactum.domain.agreement.CooperationArea.INDUSTRY;
import static org.pactum.domain.agreement.CooperationArea.SCIENCE_AND_TECHNOLOGY;
import static org.pactum.domain.agreement.CooperationArea.SPORT_AND_YOUTH;
import static org.pactum.domain.agreement.CooperationArea.TOURISM;
import static org.pactum.domain.agreement.CooperationArea.TRADE_AND_ECONOMY;
import static org.pactum.domain.agreement.CooperationArea.TRANSPORT_AND_LOGISTICS;
import static org.pactum.domain.agreement.LifecycleAction.APPROVE;
import static org.pactum.domain.agreement.LifecycleAction.REJECT;
import static org.pactum.domain.agreement.LifecycleAction.RETURN;
import static org.pactum.domain.agreement.LifecycleAction.SUBMIT;
import static org.pactum.domain.language.Language.EN;
import static org.pactum.domain.language.Language.KK;
import static org.pactum.domain.language.Language.RU;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.pactum.domain.agreement.Agreement;
import org.pactum.domain.agreement.AgreementContent;
import org.pactum.domain.agreement.AgreementKind;
import org.pactum.domain.agreement.CooperationArea;
import org.pactum.domain.agreement.LifecycleAction;
import org.pactum.domain.agreement.Term;
import org.pactum.domain.language.Language;
import org.pactum.domain.language.LocalizedText;
import org.pactum.domain.comment.Comment;
import org.pactum.domain.party.Party;
import org.pactum.domain.text.AgreementText;
import org.pactum.domain.text.Clause;
import org.pactum.domain.text.Wording;
import org.pactum.drafting.boundary.CommentThreads;
import org.pactum.drafting.boundary.Drafting;
import org.pactum.domain.user.PasswordHash;
import org.pactum.domain.user.UserAccount;
import org.pactum.domain.user.UserAccounts;
import org.pactum.registry.boundary.AgreementDraft;
import org.pactum.registry.boundary.AgreementRegistry;
import org.pactum.domain.user.Actor;
import org.pactum.domain.user.Role;
import org.pactum.registry.boundary.Directory;
import org.pactum.signing.boundary.DemoCertificates;
import org.pactum.signing.boundary.Signing;
import org.pactum.signing.boundary.SigningKeys;
import org.pactum.signing.boundary.PlatformSeal;
import org.pactum.signing.boundary.TimestampPolicy;
import org.pactum.signing.entity.DemoPki;
import org.pactum.signing.entity.DemoSigner;
import org.pactum.registry.boundary.PartyDraft;

/**
 * Fills an empty demo installation, in one transaction, with the situations press reports describe: the Omsk and
 * Pavlodar regions, their two cities, the Omsk chamber of commerce with Kostanay and East Kazakhstan, and the Moscow
 * and Almaty regions — in every stage of the lifecycle. Signatories' names are invented; organisations and positions
 * are real.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    Directory directory;

    @Inject
    AgreementRegistry registry;

    @Inject
    Drafting drafting;

    @Inject
    CommentThreads comments;

    @Inject
    DemoCertificates demoCertificates;

    @Inject
    SigningKeys signingKeys;

    @Inject
    TimestampPolicy timestamps;

    @Inject
    PlatformSeal platformSeal;

    @Inject
    Signing signing;

    @Inject
    DemoRoutes routes;

    /**
     * Loads everything unless the demo users already exist, so a restart never duplicates anything; then only the
     * demo time-stamping unit and the platform seal are taken up again.
     */
    @Transactional
    public void loadOnce() {
        if (accounts.find("admin").isPresent()) {
            timestamps.resumeInProcess(DemoUsers.PASSWORD.toCharArray());
            platformSeal.resume(DemoUsers.PASSWORD.toCharArray());
            LOG.info("Demo data already present");
            return;
        }
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            UserAccount account = new UserAccount(user.username(), user.displayName(),
                    PasswordHash.of(DemoUsers.PASSWORD.toCharArray()), user.roles());
            account.changeContact(user.email(), user.language());
            accounts.add(account);
        }
        addSigningKeys();
        routes.addRoutes();
        addRegions();
        addPartiesAndAgreements();
        LOG.info(() -> "Loaded demo data: " + DemoUsers.ALL.size() + " users, " + registry.count() + " agreements");
    }

    /** Production must not keep a user who can still sign in with the publicly known demo password. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void refuseLeftoverDemoUsers() {
        List<String> leftovers = DemoUsers.ALL.stream()
                .map(DemoUsers.DemoUser::username)
                .filter(username -> accounts.find(username)
                        .filter(account -> account.authenticates(DemoUsers.PASSWORD.toCharArray()))
                        .isPresent())
                .toList();
        if (!leftovers.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production mode: demo users " + leftovers
                    + " can sign in with the demo password. Disable them or change their passwords, or start in demo mode.");
        }
    }

    /**
     * A demo PKI: a root CA trusted with its CRL, an in-process time-stamping unit, the platform seal, and for each
     * demo signer a certificate and a key the server holds, opened with the PIN {@value DemoUsers#PASSWORD}.
     */
    private void addSigningKeys() {
        DemoPki pki = demoCertificates.create(List.of(
                new DemoSigner("signer1", "Соколов Алексей Викторович", "Правительство Омской области", "RU",
                        "signer1@omsk.pactum.example"),
                new DemoSigner("signer2", "Сейтжанов Нурлан Бекенович", "Павлодар облысының әкімдігі", "KZ",
                        "signer2@pavlodar.pactum.example")), DemoUsers.PASSWORD.toCharArray(), "admin");
        pki.signers().forEach((username, key) -> signingKeys.holdPkcs12(username, key.pkcs12(), "admin"));
        timestamps.keepInProcess(pki.timestamping().pkcs12(), DemoUsers.PASSWORD.toCharArray());
        platformSeal.keep(pki.seal().pkcs12(), DemoUsers.PASSWORD.toCharArray());
    }

    /** Signs for real, as the party's demo official would: with the key the server holds and the demo PIN. */
    private void sign(Agreement agreement, String... signers) {
        for (String signer : signers) {
            signing.signWithServerKey(agreement.id(), new Actor(signer, Set.of(Role.SIGNER), "127.0.0.1"),
                    DemoUsers.PASSWORD.toCharArray());
        }
    }

    private void addRegions() {
        region("RU-OMS", "Омская область", "Омбы облысы", "Omsk Region");
        region("RU-MOS", "Московская область", "Мәскеу облысы", "Moscow Region");
        region("RU-NVS", "Новосибирская область", "Новосібір облысы", "Novosibirsk Region");
        region("KZ-55", "Павлодарская область", "Павлодар облысы", "Pavlodar Region");
        region("KZ-39", "Костанайская область", "Қостанай облысы", "Kostanay Region");
        region("KZ-63", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы", "East Kazakhstan Region");
        region("KZ-19", "Алматинская область", "Алматы облысы", "Almaty Region");
        region("KZ-59", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы", "North Kazakhstan Region");
    }

    private void region(String code, String ru, String kk, String en) {
        directory.addRegion(code, LocalizedText.of(ru, kk, en));
    }

    private void addPartiesAndAgreements() {
        Party omskRegion = party("RU-OMS",
                t("Правительство Омской области", "Омбы облысының Үкіметі", "Government of the Omsk Region"),
                t("А. В. Соколов", "А. В. Соколов", "A. V. Sokolov"),
                t("Губернатор Омской области", "Омбы облысының Губернаторы", "Governor of the Omsk Region"));
        Party pavlodarRegion = party("KZ-55",
                t("Акимат Павлодарской области", "Павлодар облысының әкімдігі", "Akimat of the Pavlodar Region"),
                t("Н. Б. Сейтжанов", "Н. Б. Сейтжанов", "N. B. Seitzhanov"),
                t("Аким Павлодарской области", "Павлодар облысының әкімі", "Akim of the Pavlodar Region"));
        Party omskCity = party("RU-OMS",
                t("Администрация города Омска", "Омбы қаласының әкімшілігі", "Administration of the City of Omsk"),
                t("Д. А. Морозов", "Д. А. Морозов", "D. A. Morozov"),
                t("Мэр города Омска", "Омбы қаласының мэрі", "Mayor of Omsk"));
        Party pavlodarCity = party("KZ-55",
                t("Акимат города Павлодара", "Павлодар қаласының әкімдігі", "Akimat of the City of Pavlodar"),
                t("А. Т. Кенжебаев", "А. Т. Кенжебаев", "A. T. Kenzhebayev"),
                t("Аким города Павлодара", "Павлодар қаласының әкімі", "Akim of the City of Pavlodar"));
        Party omskChamber = party("RU-OMS",
                t("Союз «Торгово-промышленная палата Омской области»", "«Омбы облысының сауда-өнеркәсіп палатасы» одағы",
                        "Omsk Region Chamber of Commerce and Industry"),
                t("Е. Г. Воронина", "Е. Г. Воронина", "E. G. Voronina"),
                t("Президент", "Президенті", "President"));
        Party kostanayRegion = party("KZ-39",
                t("Акимат Костанайской области", "Қостанай облысының әкімдігі", "Akimat of the Kostanay Region"),
                t("К. С. Аскаров", "Қ. С. Асқаров", "K. S. Askarov"),
                t("Аким Костанайской области", "Қостанай облысының әкімі", "Akim of the Kostanay Region"));
        Party eastKazakhstanRegion = party("KZ-63",
                t("Акимат Восточно-Казахстанской области", "Шығыс Қазақстан облысының әкімдігі", "Akimat of the East Kazakhstan Region"),
                t("Е. М. Нурланов", "Е. М. Нұрланов", "E. M. Nurlanov"),
                t("Аким Восточно-Казахстанской области", "Шығыс Қазақстан облысының әкімі", "Akim of the East Kazakhstan Region"));
        Party northKazakhstanRegion = party("KZ-59",
                t("Акимат Северо-Казахстанской области", "Солтүстік Қазақстан облысының әкімдігі", "Akimat of the North Kazakhstan Region"),
                t("Г. Р. Садыков", "Ғ. Р. Садықов", "G. R. Sadykov"),
                t("Аким Северо-Казахстанской области", "Солтүстік Қазақстан облысының әкімі", "Akim of the North Kazakhstan Region"));
        Party moscowRegion = party("RU-MOS",
                t("Правительство Московской области", "Мәскеу облысының Үкіметі", "Government of the Moscow Region"),
                t("П. А. Громов", "П. А. Громов", "P. A. Gromov"),
                t("Губернатор Московской области", "Мәскеу облысының Губернаторы", "Governor of the Moscow Region"));
        Party almatyRegion = party("KZ-19",
                t("Акимат Алматинской области", "Алматы облысының әкімдігі", "Akimat of the Almaty Region"),
                t("М. Ж. Бекетов", "М. Ж. Бекетов", "M. Zh. Beketov"),
                t("Аким Алматинской области", "Алматы облысының әкімі", "Akim of the Almaty Region"));
        // One official signs for every Russian party and one for every Kazakh party, so two demo users sign it all.
        for (Party russian : List.of(omskRegion, omskCity, omskChamber, moscowRegion)) {
            directory.nameSigners(russian.id(), List.of("signer1"));
        }
        for (Party kazakh : List.of(pavlodarRegion, pavlodarCity, kostanayRegion, eastKazakhstanRegion,
                northKazakhstanRegion, almatyRegion)) {
            directory.nameSigners(kazakh.id(), List.of("signer2"));
        }

        agreement(OMSK, AgreementKind.COOPERATION_AGREEMENT, List.of(RU, KK),
                t("Соглашение между Правительством Омской области и акиматом Павлодарской области о сотрудничестве "
                                + "в сферах цифровизации, образования, здравоохранения и туризма",
                        "Омбы облысының Үкіметі мен Павлодар облысының әкімдігі арасындағы цифрландыру, білім беру, "
                                + "денсаулық сақтау және туризм салаларындағы ынтымақтастық туралы келісім", null),
                List.of(omskRegion, pavlodarRegion), Set.of(DIGITALISATION, EDUCATION, HEALTH_CARE, TOURISM),
                new Term(null, 5, true), step(SUBMIT, "drafter", null));
        agreement(OMSK, AgreementKind.COOPERATION_AGREEMENT, List.of(RU, KK),
                t("Соглашение между Правительством Омской области и акиматом Павлодарской области о торгово-экономическом "
                                + "сотрудничестве и развитии приграничной торговли",
                        "Омбы облысының Үкіметі мен Павлодар облысының әкімдігі арасындағы сауда-экономикалық ынтымақтастық "
                                + "және шекара маңы саудасын дамыту туралы келісім", null),
                List.of(omskRegion, pavlodarRegion), Set.of(TRADE_AND_ECONOMY, AGRICULTURE, INDUSTRY),
                new Term(null, 5, true), step(SUBMIT, "drafter", null), step(APPROVE, "approver1", null));
        Agreement sisterCities = agreement(PAVLODAR, AgreementKind.SISTER_CITY_AGREEMENT, List.of(RU, KK),
                t("Соглашение об установлении побратимских связей между городом Омском и городом Павлодаром",
                        "Омбы қаласы мен Павлодар қаласы арасында бауырлас қалалар байланысын орнату туралы келісім", null),
                List.of(omskCity, pavlodarCity), Set.of(CULTURE, EDUCATION, SPORT_AND_YOUTH, TRADE_AND_ECONOMY),
                new Term(null, 10, true),
                step(SUBMIT, "drafter", null), step(APPROVE, "approver2", null));
        sign(sisterCities, "signer1", "signer2");
        agreement(KOSTANAY, AgreementKind.MEMORANDUM_OF_COOPERATION, List.of(RU, KK),
                t("Меморандум о сотрудничестве между Торгово-промышленной палатой Омской области и акиматом Костанайской области",
                        "Омбы облысының сауда-өнеркәсіп палатасы мен Қостанай облысының әкімдігі арасындағы ынтымақтастық туралы меморандум",
                        null),
                List.of(omskChamber, kostanayRegion), Set.of(TRADE_AND_ECONOMY, AGRICULTURE, INDUSTRY),
                new Term(null, 3, true), step(SUBMIT, "drafter", null), step(APPROVE, "approver1", null));
        Agreement eastKazakhstan = agreement(UST_KAMENOGORSK, AgreementKind.MEMORANDUM_OF_COOPERATION, List.of(RU, KK),
                t("Меморандум о сотрудничестве между Торгово-промышленной палатой Омской области и акиматом "
                                + "Восточно-Казахстанской области",
                        "Омбы облысының сауда-өнеркәсіп палатасы мен Шығыс Қазақстан облысының әкімдігі арасындағы "
                                + "ынтымақтастық туралы меморандум", null),
                List.of(omskChamber, eastKazakhstanRegion), Set.of(TRADE_AND_ECONOMY, INDUSTRY, TOURISM),
                new Term(null, 3, false));
        negotiate(eastKazakhstan);
        Agreement industrialCooperation = agreement(MOSCOW, AgreementKind.COOPERATION_AGREEMENT, List.of(RU, KK, EN),
                t("Соглашение между Правительством Московской области и акиматом Алматинской области о промышленной кооперации",
                        "Мәскеу облысының Үкіметі мен Алматы облысының әкімдігі арасындағы өнеркәсіптік кооперация туралы келісім",
                        "Agreement between the Government of the Moscow Region and the Akimat of the Almaty Region on industrial cooperation"),
                List.of(moscowRegion, almatyRegion), Set.of(INDUSTRY, TRADE_AND_ECONOMY, TRANSPORT_AND_LOGISTICS, SCIENCE_AND_TECHNOLOGY),
                new Term(LocalDate.of(2026, 1, 1), 5, true),
                step(SUBMIT, "drafter", null), step(APPROVE, "approver2", null));
        sign(industrialCooperation, "signer1");
        agreement(PETROPAVLOVSK, AgreementKind.PROTOCOL_OF_INTENT, List.of(RU, KK),
                t("Протокол о намерениях по поставкам сельскохозяйственной техники омских предприятий в Северо-Казахстанскую область",
                        "Омбы кәсіпорындарының ауыл шаруашылығы техникасын Солтүстік Қазақстан облысына жеткізу жөніндегі ниеттер туралы хаттама",
                        null),
                List.of(omskChamber, northKazakhstanRegion), Set.of(AGRICULTURE, TRADE_AND_ECONOMY),
                new Term(null, 2, false),
                step(SUBMIT, "drafter", null),
                step(RETURN, "approver1", "Уточнить объёмы и сроки поставок в пункте 2; согласовать с министерством сельского хозяйства."));
        agreement(OMSK, AgreementKind.MEMORANDUM_OF_COOPERATION, List.of(RU, KK),
                t("Меморандум о создании совместного туристического маршрута «Омск — Павлодар»",
                        "«Омбы — Павлодар» бірлескен туристік маршрутын құру туралы меморандум", null),
                List.of(omskRegion, pavlodarRegion), Set.of(TOURISM, CULTURE),
                new Term(null, 1, false),
                step(SUBMIT, "drafter", null),
                step(REJECT, "approver2", "Вопрос включён в соглашение о сотрудничестве между областями; отдельный меморандум не нужен."));
    }

    // Where each demo agreement is to be signed, as its place-and-date line names it.
    private static final LocalizedText OMSK = t("г. Омск", "Омбы қ.", "Omsk");
    private static final LocalizedText PAVLODAR = t("г. Павлодар", "Павлодар қ.", "Pavlodar");
    private static final LocalizedText KOSTANAY = t("г. Костанай", "Қостанай қ.", "Kostanay");
    private static final LocalizedText UST_KAMENOGORSK = t("г. Усть-Каменогорск", "Өскемен қ.", "Ust-Kamenogorsk");
    private static final LocalizedText MOSCOW = t("г. Москва", "Мәскеу қ.", "Moscow");
    private static final LocalizedText PETROPAVLOVSK = t("г. Петропавловск", "Петропавл қ.", "Petropavlovsk");

    private record Step(LifecycleAction action, String actor, String reason) {
    }

    private static Step step(LifecycleAction action, String actor, String reason) {
        return new Step(action, actor, reason);
    }

    private Agreement agreement(LocalizedText placeOfSigning, AgreementKind kind, List<Language> languages, LocalizedText title,
                                List<Party> parties, Set<CooperationArea> areas, Term term, Step... steps) {
        Agreement agreement = drafting.create(new AgreementDraft(kind, languages, title,
                parties.stream().map(Party::id).toList(), areas, term), null, placeOfSigning, "drafter");
        for (Step step : steps) {
            agreement = step.action().followsRoute()
                    ? routes.take(agreement, step.action(), step.actor(), step.reason())
                    : registry.perform(agreement.id(), step.action(), agreement.version(), step.reason(), step.actor());
        }
        return agreement;
    }

    /**
     * A draft in negotiation, so the revision history, the comparison and the comments have something to show: the
     * approver asks for the forms of cooperation to name fairs, the drafter rewords the article in both languages and
     * adds one on information exchange; one thread is settled, one is still open.
     */
    private void negotiate(Agreement draft) {
        Comment question = comments.open(draft.id(), 1, "forms",
                "Прошу прямо назвать совместные ярмарки: стороны договорились о них на встрече в Усть-Каменогорске.", "approver1");
        Wording first = draft.wording();
        List<Clause> clauses = new java.util.ArrayList<>();
        for (Clause clause : first.clauses()) {
            clauses.add(clause.key().equals("forms") ? new Clause("forms", clause.heading(), t(
                    "Стороны обмениваются информацией о рынках, инвестиционных проектах и мерах поддержки предпринимательства, "
                            + "организуют деловые миссии, совместные ярмарки, выставки и переговоры между организациями своих регионов.",
                    "Тараптар нарықтар, инвестициялық жобалар және кәсіпкерлікті қолдау шаралары туралы ақпарат алмасады, өз "
                            + "өңірлерінің ұйымдары арасында іскерлік миссияларды, бірлескен жәрмеңкелерді, көрмелер мен келіссөздерді ұйымдастырады.",
                    null)) : clause);
            if (clause.key().equals("forms")) {
                clauses.add(new Clause("information", t("Обмен информацией", "Ақпарат алмасу", null), t(
                        "Стороны ежегодно обмениваются перечнем предприятий, заинтересованных в кооперации.",
                        "Тараптар жыл сайын кооперацияға мүдделі кәсіпорындардың тізбесімен алмасады.", null)));
            }
        }
        Wording second = new Wording(first.kindName(), first.placeAndDate(), first.preamble(), new AgreementText(clauses),
                first.equallyAuthentic());
        AgreementContent content = draft.content();
        Agreement revised = drafting.save(draft.id(), new AgreementDraft(content.kind(), content.languages(), content.title(),
                content.parties().stream().map(Party::id).toList(), content.areas(), content.term()), second, draft.version(), "drafter");
        comments.reply(revised.id(), question.id(), "Добавили ярмарки в статью 3 на обоих языках.", "drafter");
        comments.resolve(revised.id(), question.id(), comments.on(revised.id()).stream()
                .filter(comment -> comment.id().equals(question.id())).findFirst().orElseThrow().version(), "approver1");
        comments.open(revised.id(), revised.revision(), "information",
                "Жыл сайын емес, жарты жылда бір рет алмасқан дұрыс болар ма?", "drafter");
    }

    private Party party(String regionCode, LocalizedText organization, LocalizedText signatory, LocalizedText position) {
        return directory.addParty(new PartyDraft(organization, regionCode, signatory, position));
    }

    private static LocalizedText t(String ru, String kk, String en) {
        return LocalizedText.of(ru, kk, en);
    }
}
