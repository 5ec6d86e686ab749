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
 * A representation of the literals of the enumeration '<em><b>Link Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of a typed link from one decision to another.
 * <!-- end-model-doc -->
 * @see dev.baton.model.BatonPackage#getLinkType()
 * @model
 * @generated
 */
public enum LinkType implements Enumerator
{
  /**
   * The '<em><b>SUPERSEDES</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SUPERSEDES_VALUE
   * @generated
   * @ordered
   */
  SUPERSEDES(0, "SUPERSEDES", "supersedes"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>AMENDS</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #AMENDS_VALUE
   * @generated
   * @ordered
   */
  AMENDS(1, "AMENDS", "amends"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>RELATES TO</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #RELATES_TO_VALUE
   * @generated
   * @ordered
   */
  RELATES_TO(2, "RELATES_TO", "relates-to"), //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>CUSTOM</b></em>' literal object.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOM_VALUE
   * @generated
   * @ordered
   */
  CUSTOM(3, "CUSTOM", "custom"); //$NON-NLS-1$ //$NON-NLS-2$

  /**
   * The '<em><b>SUPERSEDES</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #SUPERSEDES
   * @model literal="supersedes"
   * @generated
   * @ordered
   */
  public static final int SUPERSEDES_VALUE = 0;

  /**
   * The '<em><b>AMENDS</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #AMENDS
   * @model literal="amends"
   * @generated
   * @ordered
   */
  public static final int AMENDS_VALUE = 1;

  /**
   * The '<em><b>RELATES TO</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #RELATES_TO
   * @model literal="relates-to"
   * @generated
   * @ordered
   */
  public static final int RELATES_TO_VALUE = 2;

  /**
   * The '<em><b>CUSTOM</b></em>' literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @see #CUSTOM
   * @model literal="custom"
   * @generated
   * @ordered
   */
  public static final int CUSTOM_VALUE = 3;

  /**
   * An array of all the '<em><b>Link Type</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  private static final LinkType[] VALUES_ARRAY =
    new LinkType[]
    {
      SUPERSEDES,
      AMENDS,
      RELATES_TO,
      CUSTOM,
    };

  /**
   * A public read-only list of all the '<em><b>Link Type</b></em>' enumerators.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @generated
   */
  public static final List<LinkType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

  /**
   * Returns the '<em><b>Link Type</b></em>' literal with the specified literal value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param literal the literal.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static LinkType get(String literal)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      LinkType result = VALUES_ARRAY[i];
      if (result.toString().equals(literal))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Link Type</b></em>' literal with the specified name.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param name the name.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static LinkType getByName(String name)
  {
    for (int i = 0; i < VALUES_ARRAY.length; ++i)
    {
      LinkType result = VALUES_ARRAY[i];
      if (result.getName().equals(name))
      {
        return result;
      }
    }
    return null;
  }

  /**
   * Returns the '<em><b>Link Type</b></em>' literal with the specified integer value.
   * <!-- begin-user-doc -->
   * <!-- end-user-doc -->
   * @param value the integer value.
   * @return the matching enumerator or <code>null</code>.
   * @generated
   */
  public static LinkType get(int value)
  {
    switch (value)
    {
      case SUPERSEDES_VALUE: return SUPERSEDES;
      case AMENDS_VALUE: return AMENDS;
      case RELATES_TO_VALUE: return RELATES_TO;
      case CUSTOM_VALUE: return CUSTOM;
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
  private LinkType(int value, String name, String literal)
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
  
} //LinkType
