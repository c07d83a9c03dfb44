package org.inforights.casework.disclosure;

/** How many children a request concerns. A routing fact. */
public enum ChildrenScope {
  /** One named child. */
  ONE,
  /** A few named children. */
  SEVERAL,
  /** A bulk extract about many children, not named one by one. */
  BULK
}
