/**
 * Generated from model/baton.ecore by EMF. Do not edit: change the model and rebuild.
 */
package dev.baton.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Decision Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Lifecycle of a decision. The status as written in the file is kept in Decision.statusText; unknown is used when the text maps to no lifecycle state.
 * <!-- end-model-doc -->
 * @see dev.baton.model.BatonPackage#getDecisionStatus()
 * @model
 * @generated
 */
public enum DecisionStatus implements Enumerator
{
  /**
   * The '<em><b>DRAFT</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #DRAFT_VALUE
   * @generated
   * @ordered
   */
  DRAFT(0, "DRAFT", "draft"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>PROPOSED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PROPOSED_VALUE
   * @generated
   * @ordered
   */
  PROPOSED(1, "PROPOSED", "proposed"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>ACCEPTED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #ACCEPTED_VALUE
   * @generated
   * @ordered
   */
  ACCEPTED(2, "ACCEPTED", "accepted"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>REJECTED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #REJECTED_VALUE
   * @generated
   * @ordered
   */
  REJECTED(3, "REJECTED", "rejected"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>DEPRECATED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #DEPRECATED_VALUE
   * @generated
   * @ordered
   */
  DEPRECATED(4, "DEPRECATED", "deprecated"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>SUPERSEDED</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SUPERSEDED_VALUE
   * @generated
   * @ordered
   */
  SUPERSEDED(5, "SUPERSEDED", "superseded"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>UNKNOWN</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #UNKNOWN_VALUE
   * @generated
   * @ordered
   */
  UNKNOWN(6, "UNKNOWN", "unknown"); //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>DRAFT</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #DRAFT
   * @model literal="draft"
   * @generated
   * @ordered
   */
  public static final int DRAFT_VALUE = 0;

  /**
   * The '<em><b>PROPOSED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #PROPOSED
   * @model literal="proposed"
   * @generated
   * @ordered
   */
  public static final int PROPOSED_VALUE = 1;

  /**
   * The '<em><b>ACCEPTED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #ACCEPTED
   * @model literal="accepted"
   * @generated
   * @ordered
   */
  public static final int ACCEPTED_VALUE = 2;

  /**
   * The '<em><b>REJECTED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #REJECTED
   * @model literal="rejected"
   * @generated
   * @ordered
   */
  public static final int REJECTED_VALUE = 3;

  /**
   * The '<em><b>DEPRECATED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #DEPRECATED
   * @model literal="deprecated"
   * @generated
   * @ordered
   */
  public static final int DEPRECATED_VALUE = 4;

  /**
   * The '<em><b>SUPERSEDED</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SUPERSEDED
   * @model literal="superseded"
   * @generated
   * @ordered
   */
  public static final int SUPERSEDED_VALUE = 5;

  /**
   * The '<em><b>UNKNOWN</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #UNKNOWN
   * @model literal="unknown"
   * @generated
   * @ordered
   */
  public static final int UNKNOWN_VALUE = 6;

  /**
   * An array of all the '<em><b>Decision Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final DecisionStatus[] VALUES_ARRAY =
    new DecisionStatus[]
    {
      DRAFT,
      PROPOSED,
      ACCEPTED,
      REJECTED,
      DEPRECATED,
      SUPERSEDED,
      UNKNOWN,
    };

  /**
   * A public read-only list of all the '<em><b>Decision Status</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<DecisionStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Decision Status</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static DecisionStatus get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      DecisionStatus result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Decision Status</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static DecisionStatus getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      DecisionStatus result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Decision Status</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static DecisionStatus get(int value)
  {
    switch (value)
    {
      case DRAFT_VALUE: return DRAFT;
      case PROPOSED_VALUE: return PROPOSED;
      case ACCEPTED_VALUE: return ACCEPTED;
      case REJECTED_VALUE: return REJECTED;
      case DEPRECATED_VALUE: return DEPRECATED;
      case SUPERSEDED_VALUE: return SUPERSEDED;
      case UNKNOWN_VALUE: return UNKNOWN;
    }
    return null;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final int value;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String name;

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private final String literal;

  /**
   * Only this class can construct instances.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private DecisionStatus(int value, String name, String literal)
  {
    this.value = value;
    this.name = name;
    this.literal = literal;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public int getValue()
  {
    return value;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getName()
  {
    return name;
  }

  /**
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String getLiteral()
  {
    return literal;
  }

  /**
   * Returns the literal value of the enumerator, which is its string representation.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  @Override
  public String toString()
  {
    return literal;
  }
  
} //DecisionStatus
