package io.newswire.testkit;

import java.util.List;

/** Distinct, plausible news stories in English and French, so each article of a test is enriched on its own merits. */
public final class SampleNews {

    /** A headline and a body of a few paragraphs. */
    public record Story(String title, String body) {
    }

    private static final List<String> ENGLISH = List.of(
            "The city council approved a new budget for schools and hospitals on Monday.",
            "Farmers in the north said the late rains had damaged the wheat harvest.",
            "The national team won its qualifying match after a goal in the final minute.",
            "Parliament opened a debate on the reform of the pension system.",
            "The central bank kept interest rates unchanged, citing slowing inflation.",
            "Firefighters brought a forest fire under control after three days.",
            "A new railway line will link the port to the capital by the end of next year.",
            "Doctors warned of a rise in seasonal flu cases among children.",
            "The ministry of culture announced a festival of film and music for the summer.",
            "Exporters welcomed the trade agreement signed with neighbouring countries.",
            "Police arrested two suspects after a series of burglaries in the old town.",
            "The university launched a research programme on renewable energy.");
    private static final List<String> FRENCH = List.of(
            "Le conseil municipal a adopté lundi un nouveau budget pour les écoles et les hôpitaux.",
            "Les agriculteurs du nord affirment que les pluies tardives ont endommagé la récolte de blé.",
            "L'équipe nationale a remporté son match de qualification grâce à un but à la dernière minute.",
            "Le parlement a ouvert un débat sur la réforme du système des retraites.",
            "La banque centrale a maintenu ses taux d'intérêt, invoquant le ralentissement de l'inflation.",
            "Les pompiers ont maîtrisé un incendie de forêt après trois jours de lutte.",
            "Une nouvelle ligne ferroviaire reliera le port à la capitale d'ici la fin de l'année prochaine.",
            "Les médecins mettent en garde contre une hausse des cas de grippe chez les enfants.",
            "Le ministère de la culture a annoncé un festival de cinéma et de musique pour l'été.",
            "Les exportateurs ont salué l'accord commercial signé avec les pays voisins.",
            "La police a arrêté deux suspects après une série de cambriolages dans la vieille ville.",
            "L'université a lancé un programme de recherche sur les énergies renouvelables.");

    private SampleNews() {
    }

    /** Story number n in English; its headline starts "Report n:". */
    public static Story english(int n) {
        return story("Report " + n + ": " + ENGLISH.get(n % ENGLISH.size()), ENGLISH, n, 6);
    }

    /** Story number n in French; its headline starts "Dépêche n :". */
    public static Story french(int n) {
        return story("Dépêche " + n + " : " + FRENCH.get(n % FRENCH.size()), FRENCH, n, 6);
    }

    /** A long English story, of about {@code sentences} sentences. */
    public static Story longEnglish(int n, int sentences) {
        return story("Long report " + n + ": " + ENGLISH.get(n % ENGLISH.size()), ENGLISH, n, sentences);
    }

    private static Story story(String title, List<String> sentences, int n, int length) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < length; i++) {
            body.append(sentences.get((n * 5 + i * 7) % sentences.size())).append(' ');
            if (i % 2 == 1) {
                body.append(n * 100 + i).append(".\n\n");
            }
        }
        return new Story(title, body.toString().trim());
    }
}
