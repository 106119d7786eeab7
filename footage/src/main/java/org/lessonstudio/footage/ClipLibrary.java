package org.lessonstudio.footage;

import org.lessonstudio.media.ClipProbe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.lessonstudio.dsl.source.RootFolder;

/**
 * The {@code library} provider: a folder of the teacher's own clips and pictures, each described in
 * a few words, searched with Lucene (BM25 ranks them). A clip's description is the text file beside
 * it ({@code wheel.mp4} and {@code wheel.txt}), or else its file name's words. A shot takes the best
 * clip only when enough words agree ({@link #THRESHOLD}); otherwise the shot goes to the next
 * provider rather than get a bad clip. Only files really inside the folder are read, links
 * followed: a clip or description that is a link leading out of it is left out, and the folder
 * given must be its own real path (the lesson's check finds it).
 */
public final class ClipLibrary implements FootageProvider {

    /** Of the words the description and the clip could share, the part that must agree. */
    public static final double THRESHOLD = 0.5;

    static final Set<String> VIDEOS = Set.of("mp4", "mov", "m4v", "webm", "mkv");
    static final Set<String> PICTURES = Set.of("png", "jpg", "jpeg");

    /** A library clip, its words and how well it matched. */
    public record Match(Path file, String description, double bm25, int shared, int possible, double match) { }

    private final Path folder;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final List<Path> files = new ArrayList<>();
    private final List<String> descriptions = new ArrayList<>();
    /** Clips in the folder that are links leading out of it, by name: never read. */
    private final List<String> leftOut = new ArrayList<>();
    private IndexSearcher searcher;

    public ClipLibrary(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Provider provider() {
        return Providers.LIBRARY;
    }

    public Path folder() {
        return folder;
    }

    /** The best clip, if good enough; its SHA-256 is left empty (the preview asks on every save). */
    @Override
    public Optional<Clip> ready(ShotRequest shot) throws FootageException {
        Optional<Match> best = best(shot.description());
        if (best.isEmpty() || best.get().match() < THRESHOLD || unplayable(best.get().file()).isPresent()) {
            return Optional.empty();
        }
        Match m = best.get();
        return Optional.of(new Clip(m.file(), PICTURES.contains(extension(m.file())), Providers.LIBRARY, "", "",
                m.description(), 0, 0, "", note(m)));
    }

    /** The same, with its SHA-256 for the render's provenance. */
    @Override
    public Optional<Clip> clip(ShotRequest shot) throws FootageException {
        Optional<Clip> clip = ready(shot);
        if (clip.isEmpty()) {
            return clip;
        }
        try {
            return Optional.of(clip.get().at(clip.get().file(), ClipCache.sha256(clip.get().file())));
        } catch (IOException e) {
            throw new FootageException("the library clip " + clip.get().file().getFileName() + " cannot be read", e);
        }
    }

    @Override
    public String miss(ShotRequest shot) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try {
            String miss = best(shot.description()).map(m -> m.match() >= THRESHOLD && unplayable(m.file()).isPresent()
                    ? String.format(Locale.ROOT, "the matching clip, %s, cannot be used: %s", note(m),
                            unplayable(m.file()).get())
                    : String.format(Locale.ROOT,
                    "the closest clip, %s, is below the %.0f%% of words needed", note(m), THRESHOLD * 100))
                    .orElse("no clip in " + folder.getFileName() + "/ shares its words");
            return leftOut.isEmpty() ? miss : miss + " (left out, as links leading out of the folder: "
                    + String.join(", ", leftOut) + ")";
        } catch (FootageException e) {
            return e.getMessage();
        }
    }

    /**
     * Why a matched file cannot be shown (its header, or a video's first frame, cannot be read),
     * remembered per file: a broken clip is passed over, never the cause of a failed render.
     */
    private Optional<String> unplayable(Path file) {
        return unplayable.computeIfAbsent(file, f -> PICTURES.contains(extension(f)) ? ClipProbe.picture(f)
                : ClipProbe.video(f));
    }

    private final java.util.Map<Path, Optional<String>> unplayable = new java.util.concurrent.ConcurrentHashMap<>();

    /** How a match reads for a teacher: "clips/wheel.mp4: 3 of 3 words (BM25 2.41)". */
    public static String note(Match m) {
        return String.format(Locale.ROOT, "%s: %d of %d words (BM25 %.2f)", m.file().getFileName(), m.shared(),
                m.possible(), m.bm25());
    }

    /** The best-ranked clip for a description, whether or not it is good enough; empty for an empty library. */
    public synchronized Optional<Match> best(String description) throws FootageException {
        index();
        Set<String> wanted = terms(description);
        if (files.isEmpty() || wanted.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : wanted) {
            query.add(new TermQuery(new Term("words", term)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] hits = searcher.search(query.build(), 1).scoreDocs;
            if (hits.length == 0) {
                return Optional.empty();
            }
            int doc = Integer.parseInt(searcher.storedFields().document(hits[0].doc).get("index"));
            Set<String> has = terms(descriptions.get(doc));
            int shared = (int) wanted.stream().filter(has::contains).count();
            // agreeing words over the words the shorter of the two could share: a short, apt description
            // ("Ferris wheel at dusk") matches a long prompt fully; one shared word is never enough
            int possible = Math.min(wanted.size(), has.size());
            double match = shared < Math.min(2, possible) ? 0 : (double) shared / possible;
            return Optional.of(new Match(files.get(doc), descriptions.get(doc), hits[0].score, shared, possible,
                    match));
        } catch (IOException e) {
            throw new FootageException("the clip library could not be searched: " + e.getMessage(), e);
        }
    }

    private void index() throws FootageException {
        if (searcher != null) {
            return;
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            if (Files.isDirectory(folder)) {
                RootFolder root = RootFolder.of(folder);
                if (!root.real().equals(folder)) {
                    // the lesson's check found the folder's real path; a link there now leads elsewhere
                    throw new FootageException("the clips folder " + folder + " has become a link (to " + root.real()
                            + "); clips are read only from inside the lesson's folder");
                }
                try (Stream<Path> listing = Files.list(folder)) {
                    for (Path listed : listing.sorted().toList()) {
                        String extension = extension(listed);
                        if (!(VIDEOS.contains(extension) || PICTURES.contains(extension))) {
                            continue;
                        }
                        Optional<Path> file = inside(root, listed.getFileName().toString());
                        if (file.isEmpty()) {
                            if (Files.isSymbolicLink(listed)) {
                                leftOut.add(listed.getFileName().toString());
                            }
                            continue;
                        }
                        String words = describe(root, listed.getFileName().toString());
                        Document doc = new Document();
                        doc.add(new TextField("words", words, Field.Store.NO));
                        doc.add(new StoredField("index", Integer.toString(files.size())));
                        writer.addDocument(doc);
                        files.add(file.get());
                        descriptions.add(words);
                    }
                }
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new FootageException("the clip library " + folder + " could not be read: " + e.getMessage(), e);
        }
    }

    /** A file of the folder by name, as its real path, when it is a file really inside (links followed). */
    private static Optional<Path> inside(RootFolder root, String name) {
        return root.find(name) instanceof RootFolder.Inside inside
                && Files.isRegularFile(inside.real(), LinkOption.NOFOLLOW_LINKS) ? Optional.of(inside.real())
                : Optional.empty();
    }

    /** The words describing a clip: its sidecar text file (if really inside the folder), or its file name. */
    static String describe(RootFolder root, String name) throws IOException {
        String base = name.substring(0, name.lastIndexOf('.'));
        for (String sidecar : List.of(base + ".txt", name + ".txt")) {
            Optional<Path> text = inside(root, sidecar);
            if (text.isPresent()) {
                return Files.readString(text.get(), StandardCharsets.UTF_8).strip();
            }
        }
        return base.replaceAll("[-_.]+", " ");
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("words", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
