package org.inforights.casework.response;

import jakarta.annotation.PreDestroy;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.inforights.casework.casefile.CaseAttachment;
import org.inforights.casework.casefile.CaseDocuments;
import org.inforights.casework.casefile.CaseFile;
import org.inforights.casework.casefile.CaseFileService;
import org.inforights.casework.casefile.CaseNotFoundException;
import org.inforights.casework.casefile.CaseStateConflictException;
import org.inforights.casework.casefile.CaseType;
import org.inforights.casework.casefile.DocumentSummary;
import org.inforights.casework.casefile.Relationship;
import org.inforights.casework.casefile.Requester;
import org.inforights.casework.sar.RedactionLines;
import org.inforights.casework.sar.SearchOutcome;
import org.inforights.casework.sar.SearchPlans;
import org.inforights.casework.sar.SupportedAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The response pack: the one PDF the requester receives. A cover letter (in a child's words when
 * the child asked), the Article 15 information, the schedule of what was withheld and why, and the
 * case's response documents ({@link CaseAttachment.Kind#RESPONSE_BUNDLE}) with their marks burnt
 * in and their withheld pages left out, every page stamped with the reference, to whom and when it
 * is disclosed, and "Page n of N".
 *
 * <p>The pack is made from what the case holds now, never edited: any change to a document, a
 * mark, the log, the requester or the council's texts makes a different pack, and the same inputs
 * always make the same bytes, so the SHA-256 of the file identifies what a manager approved. It is
 * dated the day its contents last changed (not the day it is downloaded; with nothing enclosed, the day the request came), so an approved pack
 * stays the approved pack until something in it changes. Pages are kept in temporary files while
 * the pack is made and the result is kept in one, so a pack of hundreds of pages does not sit in
 * the heap; the last pack of each case is kept until its inputs change.
 */
@Service
public class ResponsePack {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final CaseFileService cases;
  private final CaseDocuments documents;
  private final RedactionMarkRepository marks;
  private final RedactionLines lines;
  private final SearchPlans searchPlans;
  private final PackTexts texts;
  private final ResponseProperties properties;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final Map<String, Built> built = new ConcurrentHashMap<>();
  private final Map<String, Object> locks = new ConcurrentHashMap<>();

  ResponsePack(
      CaseFileService cases,
      CaseDocuments documents,
      RedactionMarkRepository marks,
      RedactionLines lines,
      SearchPlans searchPlans,
      PackTexts texts,
      ResponseProperties properties,
      Clock clock,
      TransactionTemplate transactions) {
    this.cases = cases;
    this.documents = documents;
    this.marks = marks;
    this.lines = lines;
    this.searchPlans = searchPlans;
    this.texts = texts;
    this.properties = properties;
    this.clock = clock;
    this.transactions = transactions;
  }

  /** The SHA-256 of the case's pack as it stands now: what an approval records. */
  public String currentPackHash(String reference) {
    return current(reference).sha256();
  }

  /** Whether the pack differs from the one whose hash was recorded (at approval, say). */
  public boolean changedSince(String reference, String recordedHash) {
    return recordedHash == null || !currentPackHash(reference).equalsIgnoreCase(recordedHash.strip());
  }

  /** An approved pack, open for reading: its hash, size and bytes. */
  public record PackFile(String sha256, long sizeBytes, InputStream content) implements java.io.Closeable {
    @Override
    public void close() throws IOException {
      content.close();
    }
  }

  /**
   * The case's pack, open for reading, if it is still the one approved with {@code approvedSha256};
   * a conflict naming why otherwise: what goes to the requester is only ever the pack approved.
   */
  public PackFile openApproved(String reference, String approvedSha256) {
    Built pack = current(reference);
    if (approvedSha256 == null || !pack.sha256().equalsIgnoreCase(approvedSha256.strip())) {
      throw new CaseStateConflictException(
          "The response pack of " + reference + " has changed since it was approved: a manager must approve it again");
    }
    return new PackFile(pack.sha256(), pack.sizeBytes(), open(pack));
  }

  /** One document of the pack: how many of its pages are released, withheld, redacted. */
  record DocumentPart(
      long documentId, String label, String fileName, int pages, int released, int withheld, int redacted,
      Integer firstPackPage) {}

  /** One line of the schedule: a page, or part of one, not disclosed, and why. */
  record ScheduleLine(
      long documentId, String document, int page, boolean wholePage, String exemption, String statutoryReference,
      String reason, long redactionId) {}

  /** A pack as made: its file, hash and contents. */
  record Built(
      String fingerprint, Path file, String sha256, long sizeBytes, int pageCount, LocalDate datedOn,
      List<DocumentPart> documents, List<ScheduleLine> schedule) {}

  /** The case's pack as it stands now, made afresh if anything it is made from changed. */
  Built current(String reference) {
    synchronized (locks.computeIfAbsent(reference, key -> new Object())) {
      Inputs inputs = inputs(reference);
      Built last = built.get(reference);
      if (last != null && last.fingerprint().equals(inputs.fingerprint()) && Files.exists(last.file())) {
        return last;
      }
      Built fresh = build(inputs);
      built.put(reference, fresh);
      if (last != null) {
        deleteQuietly(last.file());
      }
      return fresh;
    }
  }

  /** The pack's bytes, open for reading; the stream stays readable if a newer pack replaces it. */
  InputStream open(Built pack) {
    try {
      return Files.newInputStream(pack.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Forgets every made pack: the next request makes them again (for tests of determinism). */
  void forget() {
    built.values().forEach(pack -> deleteQuietly(pack.file()));
    built.clear();
  }

  @PreDestroy
  void deleteFiles() {
    forget();
  }

  /** What the pack needs of the case file itself. */
  private record CaseFacts(
      CaseType type, boolean erased, Requester requester, LocalDate receivedOn, LocalDate subjectBorn) {}

  /** Everything a pack is made from, and a digest of it all. */
  private record Inputs(
      String reference, String requesterName, boolean child, boolean aboutThemselves, LocalDate receivedOn,
      LocalDate datedOn, List<SearchPlans.Searched> searched, SupportedAccess supportedAccess,
      List<DocumentSummary> bundle, Map<Long, List<RedactionMark>> marksByDocument,
      Map<Long, RedactionLines.Line> lines, String fingerprint) {}

  private Inputs inputs(String reference) {
    CaseFacts file =
        transactions.execute(status -> {
          CaseFile found = cases.get(reference);
          return new CaseFacts(found.type(), found.isErased(), found.requester(), found.receivedOn(),
              found.subject() == null ? null : found.subject().dateOfBirth());
        });
    if (file.type() != CaseType.SAR) {
      throw new CaseNotFoundException(reference);
    }
    Requester requester = file.requester();
    if (file.erased() || requester == null || requester.name() == null) {
      throw new CaseStateConflictException(reference + "'s personal data was erased: there is no pack to make");
    }
    List<DocumentSummary> bundle =
        documents.attachments(reference).stream()
            .filter(document -> document.kind() == CaseAttachment.Kind.RESPONSE_BUNDLE)
            .toList();
    Map<Long, List<RedactionMark>> byDocument = new LinkedHashMap<>();
    bundle.forEach(document -> byDocument.put(document.id(), new ArrayList<>()));
    List<RedactionMark> all = marks.findByCaseReferenceOrderByIdAsc(reference);
    all.stream().filter(mark -> byDocument.containsKey(mark.documentId()))
        .forEach(mark -> byDocument.get(mark.documentId()).add(mark));
    Map<Long, RedactionLines.Line> log = new HashMap<>();
    lines.of(reference).forEach(line -> log.put(line.id(), line));
    Instant lastChange =
        java.util.stream.Stream.concat(
                bundle.stream().map(DocumentSummary::uploadedAt),
                byDocument.values().stream().flatMap(List::stream).map(RedactionMark::markedAt))
            .max(Comparator.naturalOrder())
            .orElse(null);
    // a pack with nothing enclosed ("no personal data held") is dated the day the request came: a
    // date that moved with today would make a different pack each day, and its approval go stale overnight
    // a pack with nothing enclosed ("no personal data held") is dated the day the request came: a
    // date that moved with today would make a different pack each day, and its approval go stale overnight
    LocalDate datedOn = lastChange == null ? file.receivedOn() : LocalDate.ofInstant(lastChange, clock.getZone());
    // the plainer letter is for a child asking about themselves; a care leaver asking as an adult gets
    // the adult letter, in the second person (an unknown date of birth: the plainer one)
    boolean aboutThemselves = requester.relationship() == Relationship.SELF;
    boolean child = aboutThemselves && (file.subjectBorn() == null || file.subjectBorn().plusYears(18).isAfter(file.receivedOn()));
    List<SearchPlans.Searched> searched = searchPlans.searched(reference);
    SupportedAccess supportedAccess = searchPlans.supportedAccess(reference).orElse(null);

    StringBuilder digest = new StringBuilder();
    digest.append(reference).append('\n').append(requester.name()).append('\n').append(child).append('\n')
        .append(file.receivedOn()).append('\n').append(datedOn).append('\n').append(properties.dpi()).append('\n')
        .append(aboutThemselves).append(' ').append(searched).append(' ').append(supportedAccess).append('\n');
    for (DocumentSummary document : bundle) {
      digest.append("document ").append(document.id()).append(' ').append(document.contentType()).append('\n');
      for (RedactionMark mark : byDocument.get(document.id())) {
        RedactionLines.Line line = log.get(mark.redactionId());
        digest.append("mark ").append(mark.page()).append(' ').append(mark.wholePage()).append(' ')
            .append(mark.area()).append(' ').append(mark.redactionId()).append(' ')
            .append(line == null ? "" : line.exemption()).append('\n');
      }
    }
    for (String name : List.of(PackTexts.COVER_LETTER, PackTexts.CHILD_COVER_LETTER, PackTexts.ARTICLE_15,
        PackTexts.EXEMPTION_REASONS)) {
      digest.append(name).append(' ').append(sha256(texts.raw(name).getBytes(StandardCharsets.UTF_8))).append('\n');
    }
    // a document's content never changes (documents are immutable), so its id stands for it
    return new Inputs(
        reference, requester.name(), child, aboutThemselves, file.receivedOn(), datedOn, searched, supportedAccess,
        bundle, byDocument, log,
        sha256(digest.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private Built build(Inputs inputs) {
    Redactor redactor = new Redactor(properties.dpi());
    Properties reasons = texts.reasons();
    List<Path> sourceFiles = new ArrayList<>();
    List<Redactor.Source> sources = new ArrayList<>();
    Path packFile = null;
    try {
      // first the documents' page counts, which the cover letter and the stamps need
      List<DocumentPart> parts = new ArrayList<>();
      List<ScheduleLine> schedule = new ArrayList<>();
      int number = 0;
      for (DocumentSummary document : inputs.bundle()) {
        number++;
        String label = "Document " + number;
        Path sourceFile = DocumentFiles.copyToTemporaryFile(documents.attachment(inputs.reference(), document.id()));
        sourceFiles.add(sourceFile);
        int pages;
        try (Redactor.Source source =
            redactor.open(label + " (" + document.fileName() + ")", document.contentType(), sourceFile)) {
          pages = source.pageCount();
        }
        PageMarks pageMarks = PageMarks.of(inputs.marksByDocument().get(document.id()));
        int withheld = (int) pageMarks.withheld().stream().filter(page -> page <= pages).count();
        int redacted =
            (int) pageMarks.areas().keySet().stream()
                .filter(page -> page <= pages && !pageMarks.withheld().contains(page)).count();
        parts.add(new DocumentPart(document.id(), label, document.fileName(), pages, pages - withheld, withheld,
            redacted, null));
        schedule.addAll(scheduleLines(document.id(), label, inputs, reasons));
      }

      PDDocument pack = Redactor.newDocument();
      PackText words = new PackText();
      try {
        words.write(pack, texts.render(
            inputs.child() ? PackTexts.CHILD_COVER_LETTER : PackTexts.COVER_LETTER, coverModel(inputs, parts)));
        words.write(pack, texts.render(PackTexts.ARTICLE_15, Map.of("reference", inputs.reference())));
        words.write(pack, scheduleText(schedule));
        Map<Integer, String> documentPages = new HashMap<>();
        List<DocumentPart> placed = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
          DocumentPart part = parts.get(i);
          DocumentSummary document = inputs.bundle().get(i);
          Redactor.Source source = redactor.open(part.label(), document.contentType(), sourceFiles.get(i));
          sources.add(source);
          PageMarks pageMarks = PageMarks.of(inputs.marksByDocument().get(document.id()));
          Integer first = null;
          for (int page = 1; page <= part.pages(); page++) {
            if (pageMarks.withheld().contains(page)) {
              continue;
            }
            source.release(page, pageMarks.areas().getOrDefault(page, List.of()), pack);
            int packPage = pack.getNumberOfPages();
            first = first == null ? packPage : first;
            documentPages.put(packPage, part.label() + ", page " + page);
          }
          placed.add(new DocumentPart(part.documentId(), part.label(), part.fileName(), part.pages(),
              part.released(), part.withheld(), part.redacted(), first));
        }
        int total = pack.getNumberOfPages();
        String disclosed =
            inputs.reference() + " \u00b7 Disclosed to " + inputs.requesterName() + " on "
                + LONG_DATE.format(inputs.datedOn());
        for (int index = 0; index < total; index++) {
          String where = documentPages.get(index + 1);
          words.stamp(pack, pack.getPage(index),
              disclosed + (where == null ? "" : " \u00b7 " + where) + " \u00b7 Page " + (index + 1) + " of " + total);
        }
        // the same inputs make the same bytes: the file identifier comes from the inputs, not the time
        COSString id = new COSString(HexFormat.of().parseHex(inputs.fingerprint().substring(0, 32)));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        pack.getDocument().getTrailer().setItem(COSName.ID, ids);
        packFile = Files.createTempFile("casework-pack-", ".pdf");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (OutputStream out =
            new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(packFile)), sha256)) {
          pack.save(out);
        }
        return new Built(inputs.fingerprint(), packFile, HexFormat.of().formatHex(sha256.digest()),
            Files.size(packFile), total, inputs.datedOn(), List.copyOf(placed), List.copyOf(schedule));
      } finally {
        pack.close();
      }
    } catch (IOException e) {
      deleteQuietly(packFile);
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      deleteQuietly(packFile);
      throw e;
    } finally {
      sources.forEach(Redactor.Source::close);
      sourceFiles.forEach(ResponsePack::deleteQuietly);
    }
  }

  /** One line per page and log line: a whole page withheld, or parts of a page removed. */
  private List<ScheduleLine> scheduleLines(
      long documentId, String label, Inputs inputs, Properties reasons) {
    Map<Integer, Map<Long, Boolean>> byPage = new TreeMap<>();
    for (RedactionMark mark : inputs.marksByDocument().get(documentId)) {
      byPage.computeIfAbsent(mark.page(), page -> new LinkedHashMap<>())
          .merge(mark.redactionId(), mark.wholePage(), Boolean::logicalOr);
    }
    List<ScheduleLine> result = new ArrayList<>();
    byPage.forEach((page, redactions) -> {
      boolean pageWithheld = redactions.containsValue(true);
      redactions.forEach((redactionId, whole) -> {
        if (pageWithheld && !whole) {
          return; // the whole page is withheld: its parts need no line of their own
        }
        RedactionLines.Line line = inputs.lines().get(redactionId);
        result.add(new ScheduleLine(documentId, label, page, whole, line.exemption().name(),
            line.exemption().statutoryReference(), texts.plainReason(line.exemption(), reasons), redactionId));
      });
    });
    return result;
  }

  private static String scheduleText(List<ScheduleLine> schedule) {
    StringBuilder text = new StringBuilder("# Schedule of information not disclosed\n\n");
    if (schedule.isEmpty()) {
      return text.append("Nothing has been removed from or withheld in the documents enclosed.\n").toString();
    }
    text.append("Each line is a page, or part of a page, of the documents enclosed that we have not disclosed, "
        + "the exemption we relied on, and why.\n\n");
    for (ScheduleLine line : schedule) {
      text.append("- ").append(line.document()).append(", page ").append(line.page()).append(": ")
          .append(line.wholePage() ? "whole page withheld" : "parts of the page removed")
          .append(". Exemption: ").append(line.statutoryReference()).append(". Reason: ").append(line.reason())
          .append('\n');
    }
    return text.toString();
  }

  private static Map<String, Object> coverModel(Inputs inputs, List<DocumentPart> parts) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", inputs.reference());
    model.put("requesterName", inputs.requesterName());
    model.put("receivedOn", LONG_DATE.format(inputs.receivedOn()));
    model.put("date", LONG_DATE.format(inputs.datedOn()));
    model.put("aboutThemselves", inputs.aboutThemselves());
    model.put("searched", inputs.searched().stream()
        .map(search -> {
          Map<String, Object> place = new HashMap<>();
          place.put("place", search.place());
          place.put("searchedOn", LONG_DATE.format(search.searchedOn()));
          place.put("found", search.outcome() == SearchOutcome.FOUND);
          return place;
        })
        .toList());
    model.put("supportedAccessAccepted", inputs.supportedAccess() == SupportedAccess.ACCEPTED);
    model.put("hasWithheld", parts.stream().anyMatch(part -> part.withheld() > 0 || part.redacted() > 0));
    model.put("enclosures", parts.stream()
        .map(part -> {
          Map<String, Object> enclosure = new HashMap<>();
          enclosure.put("label", part.label());
          enclosure.put("released", part.released());
          enclosure.put("withheld", part.withheld() == 0 ? null : part.withheld());
          enclosure.put("redacted", part.redacted() == 0 ? null : part.redacted());
          return enclosure;
        })
        .toList());
    return model;
  }

  /** A document's marks by page: the areas to remove, and the pages withheld whole. */
  record PageMarks(Map<Integer, List<RedactionMark.Area>> areas, java.util.Set<Integer> withheld) {

    static PageMarks of(List<RedactionMark> marks) {
      Map<Integer, List<RedactionMark.Area>> areas =
          marks.stream().filter(mark -> !mark.wholePage())
              .collect(Collectors.groupingBy(RedactionMark::page, TreeMap::new,
                  Collectors.mapping(RedactionMark::area, Collectors.toList())));
      java.util.Set<Integer> withheld =
          marks.stream().filter(RedactionMark::wholePage).map(RedactionMark::page)
              .collect(Collectors.toCollection(java.util.TreeSet::new));
      return new PageMarks(areas, withheld);
    }
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit(); // still open on some platforms: gone when the application stops
    }
  }
}
