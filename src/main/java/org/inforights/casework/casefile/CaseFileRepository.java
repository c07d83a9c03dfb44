package org.inforights.casework.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaRepository;

/** The case files, found by their reference. */
public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

  /**
   * Every step of every case starts here. A query string, not a derived query: Hibernate keeps the
   * translation of a query string, while Spring Data builds a derived query's criteria tree and
   * Hibernate translates it again on every call.
   */
  @Query("select c from CaseFile c where c.reference = :reference")
  Optional<CaseFile> findByReference(@Param("reference") String reference);

  long countByType(CaseType type);

  /** Open cases past their statutory deadline. */
  @Query(
      "select c from CaseFile c where c.breachedOn is not null"
          + " and c.status <> org.inforights.casework.casefile.CaseStatus.CLOSED order by c.breachedOn, c.reference")
  List<CaseFile> findOpenBreached();

  /** Open cases with their clock stops, in one query. */
  @Query("select distinct c from CaseFile c left join fetch c.clockStops where c.status <> org.inforights.casework.casefile.CaseStatus.CLOSED")
  List<CaseFile> findOpenWithClockStops();

  /** The figures of the cases received by {@code to} that were still open on {@code from}. */
  @Query(
      "select new org.inforights.casework.casefile.CaseFigures(c.type, c.receivedOn, c.dueOn, c.extendedDueOn,"
          + " c.extensionDecidedOn, c.closedOn, c.outcome) from CaseFile c"
          + " where c.receivedOn <= :to and (c.closedOn is null or c.closedOn >= :from)")
  List<CaseFigures> findFiguresActiveBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  /** The clock stops answered between {@code from} and {@code to}. */
  @Query(
      "select new org.inforights.casework.casefile.ClockStopFigures(c.type, s.askedOn, s.receivedOn)"
          + " from CaseFile c join c.clockStops s where s.receivedOn between :from and :to")
  List<ClockStopFigures> findClockStopsAnsweredBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

  /**
   * Open cases of another type about the child with this name (lower case) and date of birth: a
   * SAR's subject or a child a disclosure names. Two queries, each led by a date-of-birth index:
   * one query with an {@code or} across the children's join scans every case file on each intake.
   */
  default List<CaseFile> findOpenAboutChild(CaseType notOfType, String lowerCaseName, LocalDate dateOfBirth) {
    java.util.Set<CaseFile> found = new java.util.LinkedHashSet<>(findOpenWithSubject(notOfType, lowerCaseName, dateOfBirth));
    found.addAll(findOpenNamingChild(notOfType, lowerCaseName, dateOfBirth));
    return List.copyOf(found);
  }

  @Query(
      "select c from CaseFile c"
          + " where c.subject.dateOfBirth = :dateOfBirth and lower(c.subject.name) = :name"
          + " and c.status <> org.inforights.casework.casefile.CaseStatus.CLOSED and c.type <> :type")
  List<CaseFile> findOpenWithSubject(
      @Param("type") CaseType notOfType, @Param("name") String lowerCaseName, @Param("dateOfBirth") LocalDate dateOfBirth);

  @Query(
      "select distinct c from CaseFile c join c.children ch"
          + " where ch.dateOfBirth = :dateOfBirth and lower(ch.name) = :name"
          + " and c.status <> org.inforights.casework.casefile.CaseStatus.CLOSED and c.type <> :type")
  List<CaseFile> findOpenNamingChild(
      @Param("type") CaseType notOfType, @Param("name") String lowerCaseName, @Param("dateOfBirth") LocalDate dateOfBirth);

  /**
   * Cases matching every key given (a null key matches anything): the exact reference; a child's
   * name containing {@code childName} (lower case, a {@code like} pattern) and/or born on
   * {@code childDateOfBirth}, as a SAR's subject (by a former name too) or a child a disclosure names; a requester's name
   * containing {@code requesterName}. Newest first.
   */
  @Query(
      "select c from CaseFile c where (:reference is null or c.reference = :reference)"
          + " and (:requesterName is null or lower(c.requester.name) like :requesterName escape '\\')"
          + " and ((:childName is null and :childDateOfBirth is null)"
          + "  or ((:childName is null or lower(c.subject.name) like :childName escape '\\')"
          + "      and (:childDateOfBirth is null or c.subject.dateOfBirth = :childDateOfBirth))"
          + "  or ((:childName is not null and exists (select 1 from CaseFile f join f.formerNames fn where f = c"
          + "      and lower(fn) like :childName escape '\\'))"
          + "      and (:childDateOfBirth is null or c.subject.dateOfBirth = :childDateOfBirth))"
          + "  or exists (select 1 from CaseFile o join o.children ch where o = c"
          + "      and (:childName is null or lower(ch.name) like :childName escape '\\')"
          + "      and (:childDateOfBirth is null or ch.dateOfBirth = :childDateOfBirth)))"
          + " order by c.receivedOn desc, c.reference desc")
  List<CaseFile> search(
      @Param("reference") String reference,
      @Param("childName") String childName,
      @Param("childDateOfBirth") LocalDate childDateOfBirth,
      @Param("requesterName") String requesterName,
      org.springframework.data.domain.Pageable page);

  /**
   * Every case, open or closed, about the child with this name (lower case) and date of birth: a
   * SAR's subject or a child a disclosure names. Earlier requests about the same child, for the
   * case workspace.
   */
  default List<CaseFile> findAboutChild(String lowerCaseName, LocalDate dateOfBirth) {
    java.util.Set<CaseFile> found = new java.util.LinkedHashSet<>(findWithSubject(lowerCaseName, dateOfBirth));
    found.addAll(findNamingChild(lowerCaseName, dateOfBirth));
    return List.copyOf(found);
  }

  @Query("select c from CaseFile c where c.subject.dateOfBirth = :dateOfBirth and lower(c.subject.name) = :name")
  List<CaseFile> findWithSubject(@Param("name") String lowerCaseName, @Param("dateOfBirth") LocalDate dateOfBirth);

  @Query(
      "select distinct c from CaseFile c join c.children ch"
          + " where ch.dateOfBirth = :dateOfBirth and lower(ch.name) = :name")
  List<CaseFile> findNamingChild(@Param("name") String lowerCaseName, @Param("dateOfBirth") LocalDate dateOfBirth);

  /**
   * Cases of {@code type} from the requester with this name (lower case) about the child with this
   * name (lower case) and date of birth, received between {@code from} and {@code to}: a SAR's
   * subject or a child a disclosure names.
   */
  default List<CaseFile> findSameRequesterAndChild(
      CaseType type, String lowerCaseRequester, String lowerCaseName, LocalDate dateOfBirth, LocalDate from, LocalDate to) {
    java.util.Set<CaseFile> found =
        new java.util.LinkedHashSet<>(findWithRequesterAndSubject(type, lowerCaseRequester, lowerCaseName, dateOfBirth, from, to));
    found.addAll(findWithRequesterNamingChild(type, lowerCaseRequester, lowerCaseName, dateOfBirth, from, to));
    return List.copyOf(found);
  }

  @Query(
      "select c from CaseFile c"
          + " where c.subject.dateOfBirth = :dateOfBirth and lower(c.subject.name) = :name"
          + " and lower(c.requester.name) = :requester and c.type = :type and c.receivedOn between :from and :to")
  List<CaseFile> findWithRequesterAndSubject(
      @Param("type") CaseType type, @Param("requester") String lowerCaseRequester, @Param("name") String lowerCaseName,
      @Param("dateOfBirth") LocalDate dateOfBirth, @Param("from") LocalDate from, @Param("to") LocalDate to);

  @Query(
      "select distinct c from CaseFile c join c.children ch"
          + " where ch.dateOfBirth = :dateOfBirth and lower(ch.name) = :name"
          + " and lower(c.requester.name) = :requester and c.type = :type and c.receivedOn between :from and :to")
  List<CaseFile> findWithRequesterNamingChild(
      @Param("type") CaseType type, @Param("requester") String lowerCaseRequester, @Param("name") String lowerCaseName,
      @Param("dateOfBirth") LocalDate dateOfBirth, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /**
   * References of the cases that found the case with this reference to be their possible
   * duplicate: the link is stored on the later case only.
   */
  @Query(
      "select c.reference from CaseFile c join c.links l where l.linkedReference = :reference"
          + " and l.reason = org.inforights.casework.casefile.LinkReason.POSSIBLE_DUPLICATE")
  List<String> findReferencesOfPossibleDuplicatesOf(@Param("reference") String reference);
}
